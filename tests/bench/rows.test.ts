import { describe, expect, test } from "vitest";
import type { PageScripts } from "../../bench/page-weight";
import { pageWeightRows } from "../../bench/rows";

const script = (url: string, gzipBytes: number, ranFraction: number, libraries: string[] = []) => ({
  url,
  bytes: gzipBytes * 3,
  gzipBytes,
  katex: libraries.includes("katex"),
  libraries,
  ranFraction,
});

function page(name: string, scripts: PageScripts["scripts"], bareUrls: Set<string>): PageScripts {
  const own = scripts.filter((s) => !bareUrls.has(s.url));
  const sum = (list: typeof scripts) => list.reduce((n, s) => n + s.gzipBytes, 0);
  return {
    name,
    path: `/${name}`,
    scripts,
    gzipBytes: sum(scripts),
    ownGzipBytes: sum(own),
    neededOwnGzipBytes: sum(own.filter((s) => s.ranFraction >= 0.01)),
    katexGzipBytes: sum(scripts.filter((s) => s.katex)),
  };
}

describe("pageWeightRows", () => {
  const framework = script("/framework.js", 1000, 0.4);
  const bare = page("bare", [framework], new Set());
  const bareUrls = new Set(["/framework.js"]);

  test("a page within 1.5× bare plus the own scripts that ran meets the target", () => {
    const [row] = pageWeightRows({
      bare,
      pages: [page("exercise", [framework, script("/mathjs.js", 900, 0.12, ["mathjs"])], bareUrls)],
      katexCards: [],
    });
    expect(row!.met).toBe(true);
    expect(row!.target).toContain("2.3 KiB"); // 1.5 × 1000 + 900 bytes
  });

  test("an own script that never ran is not needed, so shipping it can miss the target", () => {
    const [row] = pageWeightRows({
      bare,
      pages: [page("card", [framework, script("/mathjs.js", 900, 0.0, ["mathjs"])], bareUrls)],
      katexCards: [],
    });
    expect(row!.met).toBe(false);
    expect(row!.figure).toContain("mathjs 0.9 KiB unused");
  });

  test("any KaTeX script on a card page misses the zero target", () => {
    const card = page("card", [framework, script("/katex.js", 700, 0.6, ["katex"])], bareUrls);
    const rows = pageWeightRows({ bare, pages: [], katexCards: [card, page("plain card", [framework], bareUrls)] });
    expect(rows.map((r) => r.met)).toEqual([false, true]);
  });
});
