// JavaScript the browser loads per page, in Debian's Chromium via Playwright: every response of resource type
// "script" until the network is idle (so lazy chunks fetched on load count too), each body gzipped here with
// node:zlib at its default level (level 6), whatever encoding the server used. Inline scripts in the HTML (Next's
// RSC payload) are part of the document and not counted. The baseline is /bare, a static page of the same build
// inside the same root layout. A chunk is the page's "own" when the bare page does not load it: that is what the
// page's own interactivity needs beyond the framework and layout every page shares.
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import type { BenchPage } from "./pages";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface PageScripts {
  name: string;
  path: string;
  scripts: Array<{ url: string; bytes: number; gzipBytes: number; katex: boolean; libraries: string[] }>;
  gzipBytes: number;
  /** gzip bytes of the scripts the bare page does not load. */
  ownGzipBytes: number;
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
): Promise<Omit<PageScripts, "ownGzipBytes">> {
  const context = await browser.newContext();
  if (page.signedIn) {
    if (!cookie) throw new Error(`${page.name} needs a signed-in user`);
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl }]);
  }
  try {
    const tab = await context.newPage();
    const pending: Array<Promise<PageScripts["scripts"][number]>> = [];
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
    const scripts = await Promise.all(pending);
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
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const bareRaw = await scriptsOf(browser, baseUrl, plan.bare, cookie);
    const bareUrls = new Set(bareRaw.scripts.map((s) => s.url));
    const own = (p: Omit<PageScripts, "ownGzipBytes">): PageScripts => ({
      ...p,
      ownGzipBytes: p.scripts.filter((s) => !bareUrls.has(s.url)).reduce((n, s) => n + s.gzipBytes, 0),
    });
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
