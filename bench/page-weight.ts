// JavaScript the browser loads per page, in Debian's Chromium via Playwright: every response of resource type
// "script" until the network is idle (so lazy chunks fetched on load count too), each body gzipped here with
// node:zlib at its default level (level 6), whatever encoding the server used. Inline scripts in the HTML (Next's
// RSC payload) are part of the document and not counted. The baseline is /bare, a static page of the same build
// inside the same root layout.
//
// A script is the page's "own" when the bare page does not load it. What the page's own interactivity needs is the
// own scripts whose code ran while the page loaded (V8 coverage: at least NEEDED_RAN_FRACTION of the script's bytes;
// a chunk whose module factories never ran shows well under 1%, its array wrapper only). An own script that never
// ran is shipped but not needed there, e.g. a client component the route imports but this page does not render.
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { executedBytes } from "./coverage";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/lib/chromium";
import type { BenchPage } from "./pages";

/** The share of a script's bytes that must have run for it to count as needed by the page. */
export const NEEDED_RAN_FRACTION = 0.01;

export interface PageScripts {
  name: string;
  path: string;
  scripts: Array<{
    url: string;
    bytes: number;
    gzipBytes: number;
    katex: boolean;
    libraries: string[];
    ranFraction: number;
  }>;
  gzipBytes: number;
  /** gzip bytes of the scripts the bare page does not load. */
  ownGzipBytes: number;
  /** gzip bytes of the own scripts whose code ran on load: what the page's own interactivity needs. */
  neededOwnGzipBytes: number;
  katexGzipBytes: number;
}

export interface PageWeightBench {
  bare: PageScripts;
  pages: PageScripts[];
  katexCards: PageScripts[];
}

// Strings only KaTeX's own code contains (its ParseError message prefix, its __defineFunction export), checked
// against the build: they occur in the KaTeX chunk and in no other.
const KATEX_SIGNATURE = /KaTeX parse error|__defineFunction/;

/** Large libraries worth naming when a page loads them, by a string their own code contains. */
const LIBRARIES: Array<[string, RegExp]> = [
  ["katex", KATEX_SIGNATURE],
  ["mathjs", /typed-function|mathjs/],
];

async function scriptsOf(
  browser: Browser,
  baseUrl: string,
  page: BenchPage,
  cookie: string | undefined,
): Promise<Omit<PageScripts, "ownGzipBytes" | "neededOwnGzipBytes">> {
  const context = await browser.newContext();
  if (page.signedIn) {
    if (!cookie) throw new Error(`${page.name} needs a signed-in user`);
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  try {
    const tab = await context.newPage();
    const pending: Array<Promise<Omit<PageScripts["scripts"][number], "ranFraction">>> = [];
    await tab.coverage.startJSCoverage({ resetOnNavigation: false });
    tab.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      pending.push(
        response.body().then((body) => {
          const text = body.toString("utf8");
          const libraries = LIBRARIES.filter(([, signature]) => signature.test(text)).map(([name]) => name);
          return {
            url: new URL(response.url()).pathname,
            bytes: body.length,
            gzipBytes: gzipSync(body).length,
            katex: libraries.includes("katex"),
            libraries,
          };
        }),
      );
    });
    const res = await tab.goto(`${baseUrl}${page.path}`, { waitUntil: "networkidle" });
    if (!res || res.status() !== 200) throw new Error(`${page.path} answered ${res?.status()}`);
    if (page.signedIn && new URL(tab.url()).pathname !== page.path)
      throw new Error(`${page.path} redirected to ${tab.url()}: not signed in`);
    const ran = new Map<string, number>();
    for (const entry of await tab.coverage.stopJSCoverage()) {
      if (!entry.url.startsWith(baseUrl) || !entry.source) continue;
      ran.set(new URL(entry.url).pathname, executedBytes(entry.functions) / entry.source.length);
    }
    const scripts = (await Promise.all(pending)).map((s) => ({ ...s, ranFraction: ran.get(s.url) ?? 0 }));
    const sum = (list: typeof scripts) => list.reduce((n, s) => n + s.gzipBytes, 0);
    return {
      name: page.name,
      path: page.path,
      scripts,
      gzipBytes: sum(scripts),
      katexGzipBytes: sum(scripts.filter((s) => s.katex)),
    };
  } finally {
    await context.close();
  }
}

export async function runPageWeightBench(
  baseUrl: string,
  plan: { pages: BenchPage[]; bare: BenchPage; katexCards: BenchPage[] },
  cookie?: string,
): Promise<PageWeightBench> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const bareRaw = await scriptsOf(browser, baseUrl, plan.bare, cookie);
    const bareUrls = new Set(bareRaw.scripts.map((s) => s.url));
    const own = (p: Omit<PageScripts, "ownGzipBytes" | "neededOwnGzipBytes">): PageScripts => {
      const mine = p.scripts.filter((s) => !bareUrls.has(s.url));
      const sum = (list: typeof mine) => list.reduce((n, s) => n + s.gzipBytes, 0);
      return {
        ...p,
        ownGzipBytes: sum(mine),
        neededOwnGzipBytes: sum(mine.filter((s) => s.ranFraction >= NEEDED_RAN_FRACTION)),
      };
    };
    const pages: PageScripts[] = [];
    for (const page of plan.pages) pages.push(own(await scriptsOf(browser, baseUrl, page, cookie)));
    const katexCards: PageScripts[] = [];
    for (const page of plan.katexCards) {
      const done = pages.find((p) => p.path === page.path);
      katexCards.push(done ?? own(await scriptsOf(browser, baseUrl, page, cookie)));
    }
    return { bare: own(bareRaw), pages, katexCards };
  } finally {
    await browser.close();
  }
}
