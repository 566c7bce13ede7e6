// Measures the playground while it trains, in Debian's Chromium: long tasks (main thread blocked > 50 ms) and how
// many times a second the picture (the epoch counter, redrawn with the heatmap) updates. Prints; asserts nothing.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/lib/chromium";

export interface PlaygroundBench {
  seconds: number;
  updatesPerSecond: number;
  longTasks: number;
  longestTaskMs: number;
}

export async function runPlaygroundBench(baseUrl: string, seconds = 5): Promise<PlaygroundBench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
        type: "longtask",
        buffered: true,
      });
    });
    await page.goto(`${baseUrl}/playground`, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __updates: number };
      w.__long = [];
      w.__updates = 0;
      const epoch = document.querySelector('[data-testid="epoch"]')!;
      new MutationObserver(() => (w.__updates += 1)).observe(epoch, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForTimeout(seconds * 1000);
    const { updates, long } = await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __updates: number };
      return { updates: w.__updates, long: w.__long };
    });
    return {
      seconds,
      updatesPerSecond: updates / seconds,
      longTasks: long.length,
      longestTaskMs: Math.max(0, ...long),
    };
  } finally {
    await browser.close();
  }
}
