// Lighthouse (the npm package) driving Debian's Chromium through chrome-launcher, one run per page, with
// Lighthouse's desktop preset (no mobile CPU or network throttling): the performance and accessibility scores × 100.
// Nothing downloads a browser: chromePath is the system Chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/lib/chromium";
import type { BenchPage } from "./pages";

export const LIGHTHOUSE_PRESET = "desktop";

export interface LighthouseScore {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  /** Largest contentful paint and total blocking time, for context beside the score. */
  lcpMs: number;
  tbtMs: number;
}

export async function runLighthouseBench(
  baseUrl: string,
  pages: BenchPage[],
  cookie?: string,
): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
    logLevel: "silent",
  });
  try {
    const scores: LighthouseScore[] = [];
    for (const page of pages) {
      const result = await lighthouse(
        `${baseUrl}${page.path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          ...(page.signedIn && cookie ? { extraHeaders: { Cookie: cookie } } : {}),
        },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
      if (page.signedIn && new URL(lhr.finalDisplayedUrl).pathname !== page.path)
        throw new Error(`${page.path} redirected to ${lhr.finalDisplayedUrl}: not signed in`);
      const score = (key: string) => Math.round((lhr.categories[key]?.score ?? 0) * 100);
      scores.push({
        name: page.name,
        path: page.path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
