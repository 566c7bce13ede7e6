// Turns each measurement's figures into rows of the one bench table, with the issue's targets (#7).
import type { ColdStartBench } from "./cold-start";
import type { DueQueueBench } from "./due-queue";
import type { EngineBenchRow } from "./engine";
import type { HardeningBench, SpreadFigures } from "./hardening";
import { isValidRun, SLICES, type HttpCheckBench, type LoadRun } from "./http-check";
import { LIGHTHOUSE_PRESET, type LighthouseScore } from "./lighthouse";
import { NEEDED_RAN_FRACTION, type PageWeightBench } from "./page-weight";
import type { PlaygroundBench } from "./playground";
import { fmt, type Row } from "./table";
import { spreadLine } from "../scripts/lib/load-spread";
import type { PingFigures, ReviewWriteBench } from "./review-writes";

export function engineRows(rows: EngineBenchRow[]): Row[] {
  return rows.map((r) => ({
    group: "Engine backprop, time per call (in-process)",
    measure: r.name,
    figure: `${fmt.ns(r.engineNsPerCall)} (${r.ratio.toFixed(2)}× baseline)`,
    baseline: `${fmt.ns(r.baselineNsPerCall)} hand-unrolled Float64Array`,
    target: "",
    met: null,
    data: { ...r },
  }));
}

export function contentCompileRow(c: { items: number; decks: number; theory: number; ms: number }): Row {
  const files = c.items + c.decks + c.theory;
  return {
    group: "Content library compile (MDX + KaTeX, one process)",
    measure: `${c.items} items, ${c.decks} decks, ${c.theory} theory pages`,
    figure: fmt.ms(c.ms),
    baseline: `${(c.ms / files).toFixed(1)} ms per file`,
    target: "",
    met: null,
    data: { ...c },
  };
}

const loadFigure = (r: LoadRun) =>
  `${fmt.perSecond(r.requestsPerSecond, "req")}, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.non2xx} non-2xx${isValidRun(r) ? "" : ` INVALID: ${r.errors} errors, ${r.timeouts} timeouts`}`;

export function httpCheckRows(b: HttpCheckBench): Row[] {
  return b.check.map((check, i) => {
    const trivial = b.trivial[i]!;
    const share = check.requestsPerSecond / trivial.requestsPerSecond;
    return {
      group: `HTTP answer check: POST /api/exercises/${b.exerciseId}/check, autocannon, loopback`,
      measure: `${check.connections} connections, ${check.seconds} s in ${SLICES} turns (${(share * 100).toFixed(0)}% of trivial)`,
      figure: loadFigure(check),
      baseline: `GET /api/ping: ${loadFigure(trivial)}`,
      target: "≥ 50% of trivial req/s, no errors",
      met: isValidRun(check) && isValidRun(trivial) && share >= 0.5,
      data: { exerciseId: b.exerciseId, seed: b.seed, check, trivial, share },
    };
  });
}

const pingFigure = (p: PingFigures) => `${fmt.perSecond(p.requestsPerSecond, "req")}, p99 ${fmt.ms(p.p99Ms)}`;

export function reviewWriteRows(r: ReviewWriteBench): Row[] {
  const group = "Review writes: POST /api/reviews, signed-in users";
  const baseline = `bare better-sqlite3 inserts: ${fmt.perSecond(r.baselineInsertsPerSecond, "rows")}`;
  return [
    {
      group,
      measure: `${r.saturated.users} users as fast as they can, ${r.saturated.ratings} ratings (p50 ${fmt.ms(r.saturated.p50Ms)})`,
      figure: `${fmt.perSecond(r.saturated.ratingsPerSecond, "ratings")}, p99 ${fmt.ms(r.saturated.p99Ms)}`,
      // Beside the database's floor, the server's and the machine's: the same clients back to back on a route that
      // does nothing, and on a bare node:http server.
      baseline: `${baseline}; same 50 clients on GET /api/ping: ${pingFigure(r.pingFloor)}, on bare node:http: ${pingFigure(r.bareNodeFloor)}`,
      target: "p99 < 50 ms at 50 users",
      met: r.saturated.users >= 50 && r.saturated.p99Ms < 50,
      data: {
        ...r.saturated,
        baselineInsertsPerSecond: r.baselineInsertsPerSecond,
        pingFloor: r.pingFloor,
        bareNodeFloor: r.bareNodeFloor,
      },
    },
    {
      group,
      measure: `${r.paced.users} users, one rating each every ${r.paced.intervalMs / 1000} s, ${r.paced.ratings} ratings (p50 ${fmt.ms(r.paced.p50Ms)})`,
      figure: `${fmt.perSecond(r.paced.ratingsPerSecond, "ratings")}, p99 ${fmt.ms(r.paced.p99Ms)}`,
      baseline,
      target: "p99 < 50 ms at 50 users",
      met: r.paced.users >= 50 && r.paced.p99Ms < 50,
      data: { ...r.paced },
    },
  ];
}

export function dueQueueRows(d: DueQueueBench): Row[] {
  const n = (v: number) => v.toLocaleString("en-US");
  return d.sessions.map((s) => ({
    group: `Due queue: getReviewSession in-process, ${n(d.items)} items, ${n(d.reviewLogs)} review logs, ${n(d.reviewCards)} cards`,
    measure: `${s.scope} (${n(s.libraryItems)} items)${s.sessionItems === undefined ? "" : ` → ${s.sessionItems} in queue, first ${s.preparedItems} prepared`}`,
    figure: s.error
      ? `FAILS: ${s.error}`
      : `median ${fmt.ms(s.medianMs!)} of ${s.runs} (min ${fmt.ms(s.minMs!)}, max ${fmt.ms(s.maxMs!)})`,
    baseline: s.error ? "" : `first call ${fmt.ms(s.firstCallMs!)}`,
    target: "< 50 ms",
    met: s.error ? false : s.medianMs! < 50,
    data: { ...s, items: d.items, reviewLogs: d.reviewLogs, reviewCards: d.reviewCards, setupMs: d.setupMs },
  }));
}

export function pageWeightRows(w: PageWeightBench): Row[] {
  const bare = w.bare.gzipBytes;
  const rows: Row[] = w.pages.map((p) => {
    const budget = 1.5 * bare + p.neededOwnGzipBytes;
    const unused = p.scripts.filter((s) => s.ranFraction < NEEDED_RAN_FRACTION);
    const named = p.scripts.flatMap((s) =>
      s.libraries.map((lib) => `${lib} ${fmt.kb(s.gzipBytes)}${s.ranFraction < NEEDED_RAN_FRACTION ? " unused" : ""}`),
    );
    return {
      group:
        "JavaScript loaded per page (gzip level 6 of each script, Chromium, until network idle; own = not loaded by /bare)",
      measure: `${p.name} ${p.path}`,
      figure: `${fmt.kb(p.gzipBytes)}: own ${fmt.kb(p.ownGzipBytes)}, of it needed ${fmt.kb(p.neededOwnGzipBytes)}${named.length ? ` (${named.join(", ")})` : ""}`,
      baseline: `bare page ${fmt.kb(bare)}`,
      target: `≤ 1.5×bare + needed own = ${fmt.kb(budget)}`,
      met: p.gzipBytes <= budget,
      data: {
        ...p,
        bareGzipBytes: bare,
        allowanceGzipBytes: 1.5 * bare,
        budgetGzipBytes: budget,
        unusedScripts: unused.map((s) => s.url),
      },
    };
  });
  for (const card of w.katexCards) {
    rows.push({
      group: "KaTeX JavaScript on Q&A card pages",
      measure: `${card.name} ${card.path}`,
      figure: fmt.kb(card.katexGzipBytes),
      baseline: "",
      target: "0",
      met: card.katexGzipBytes === 0,
      data: {
        path: card.path,
        katexGzipBytes: card.katexGzipBytes,
        katexScripts: card.scripts.filter((s) => s.katex).map((s) => s.url),
      },
    });
  }
  return rows;
}

export function lighthouseRows(scores: LighthouseScore[], bare: LighthouseScore | undefined): Row[] {
  const show = (s: LighthouseScore) => `perf ${s.performance}, a11y ${s.accessibility}`;
  return scores.map((s) => ({
    group: `Lighthouse (${LIGHTHOUSE_PRESET} preset, Debian Chromium, one run per page)`,
    measure: `${s.name} ${s.path} (LCP ${Math.round(s.lcpMs)} ms, TBT ${Math.round(s.tbtMs)} ms)`,
    figure: show(s),
    baseline: bare ? `bare page ${show(bare)}` : "",
    target: "both ≥ 95",
    met: s.performance >= 95 && s.accessibility >= 95,
    data: { ...s },
  }));
}

export function playgroundRows(p: PlaygroundBench): Row[] {
  const group = `Playground while training (${p.seconds} s, Chromium headless)`;
  return [
    {
      group,
      measure: "picture updates",
      figure: `${p.updatesPerSecond.toFixed(1)} per second`,
      baseline: "",
      target: "≥ 30/s",
      met: p.updatesPerSecond >= 30,
      data: { ...p },
    },
    {
      group,
      measure: "main-thread tasks over 50 ms",
      figure: `${p.longTasks} (longest ${Math.round(p.longestTaskMs)} ms)`,
      baseline: "",
      target: "none",
      met: p.longTasks === 0,
    },
  ];
}

export function coldStartRows(c: ColdStartBench): Row[] {
  const group = "Cold start: node scripts/bootstrap.mjs start (npm start) on a built app, to the first 200 from /";
  return [
    {
      group,
      measure: "fresh SQLite file (migrate + seed)",
      figure: fmt.ms(c.freshDbMs),
      baseline: "",
      target: "",
      met: null,
      data: { ...c },
    },
    {
      group,
      measure: "same file again (already migrated)",
      figure: fmt.ms(c.migratedDbMs),
      baseline: "",
      target: "",
      met: null,
    },
  ];
}

/** Fair means nobody is starved: the fewest answers at least half the median, and no wait near the run's length. */
export const fairSpread = (s: SpreadFigures) =>
  s.failures === 0 && s.min >= s.median / 2 && s.longestWaitMs < (s.seconds * 1000) / 3;

export function hardeningRows(h: HardeningBench): Row[] {
  const { idle, hostile } = h.pause;
  const pageTarget = 100;
  return [
    {
      group: "Hostile requests (#21): GET /api/ping probed back to back",
      measure: `longest probe answer while a 32 MiB signed-out body (HTTP ${hostile.bracketsStatus}) and a ${h.heavyReviews.toLocaleString("en")}-review import (HTTP ${hostile.importStatus}, ${fmt.ms(hostile.importMs)}) are answered`,
      figure: `${fmt.ms(hostile.longestMs)} over ${hostile.probes} probes, ${hostile.failures} failed`,
      baseline: `idle server: ${fmt.ms(idle.longestMs)} over ${idle.probes} probes`,
      target: "< 250 ms",
      met: hostile.failures === 0 && hostile.longestMs < 250,
      data: { ...h.pause },
    },
    ...h.pages.map((p) => {
      // The export is a download of the whole history, not a page a visit costs; it gets its figure and no target.
      const page = p.path !== "/api/me/export";
      return {
        group: `An account with ${h.heavyReviews.toLocaleString("en")} reviews: median of 5 requests after a warm-up`,
        measure: `GET ${p.path}`,
        figure: fmt.ms(p.heavyMs),
        baseline: `new account: ${fmt.ms(p.emptyMs)}`,
        target: page ? `< ${pageTarget} ms` : "",
        met: page ? p.heavyMs < pageTarget : null,
        data: { ...p },
      };
    }),
    {
      group: `Sustained load (#21): ${h.ratings.clients} clients back to back for ${h.ratings.seconds} s`,
      measure: "POST /api/reviews",
      figure: spreadLine(h.ratings),
      baseline: `GET /api/ping: ${spreadLine(h.ping)}`,
      target: "fewest ≥ half the median, longest wait < a third of the run",
      met: fairSpread(h.ratings),
      data: { ratings: h.ratings, ping: h.ping },
    },
  ];
}
