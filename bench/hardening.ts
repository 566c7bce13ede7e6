// The figures #21 asks of the bench: how long the server stops answering anyone while a hostile body and a large
// import arrive, what a page costs an account with 100,000 reviews, and how evenly sustained rating load is served.
import {
  largeExport,
  postBracketsSignedOut,
  postImport,
  startProbe,
  type ProbeReport,
} from "../scripts/lib/load-hostile";
import { createSignedInUsers, quantile, reviewableItemIds, type LoadUser } from "../scripts/lib/load-users";
import { ratingSpread, spread, type SpreadFigures } from "../scripts/lib/load-spread";

export type { SpreadFigures };
import type { RunningServer } from "../scripts/lib/server";
import { MAX_LOGS_PER_ITEM } from "../lib/review/transfer-schema";

/** 50 items at the per-item cap: the most a file may hold on as few items as the cap allows. */
const HEAVY_REVIEWS = 100_000;
const PROBE_IDLE_MS = 5_000;
const PAGE_SAMPLES = 5;
export const PAGES = ["/progress", "/review", "/api/me/export"] as const;
const SPREAD_CLIENTS = 100;
const SPREAD_SECONDS = 15;

export interface PauseFigures {
  /** The probe alone against an idle server: the harness's own floor. */
  idle: ProbeReport;
  /** The probe while a 32 MiB signed-out body and a 100,000-review import are answered. */
  hostile: ProbeReport & { bracketsStatus: number | "network"; importStatus: number | "network"; importMs: number };
}

export interface PageCost {
  path: (typeof PAGES)[number];
  /** Median of PAGE_SAMPLES requests after one warm-up, for the heavy account and for a new one. */
  heavyMs: number;
  emptyMs: number;
}

export interface HardeningBench {
  pause: PauseFigures;
  pages: PageCost[];
  heavyReviews: number;
  ratings: SpreadFigures;
  ping: SpreadFigures;
}

async function probeWhile<T>(baseUrl: string, work: () => Promise<T>): Promise<[ProbeReport, T]> {
  const probe = await startProbe(baseUrl);
  const result = await work();
  return [await probe.stop(), result];
}

async function measurePause(server: RunningServer, heavy: LoadUser, items: readonly string[]): Promise<PauseFigures> {
  const [idle] = await probeWhile(server.baseUrl, () => new Promise((r) => setTimeout(r, PROBE_IDLE_MS)));
  const file = largeExport(items.slice(0, HEAVY_REVIEWS / MAX_LOGS_PER_ITEM), MAX_LOGS_PER_ITEM);
  const [hostile, [brackets, imported]] = await probeWhile(server.baseUrl, () =>
    Promise.all([postBracketsSignedOut(server.baseUrl), postImport(server.baseUrl, heavy, file)]),
  );
  if (imported.status !== 200)
    throw new Error(`hardening bench: the import answered ${imported.status}: ${imported.body}`);
  return {
    idle,
    hostile: { ...hostile, bracketsStatus: brackets.status, importStatus: imported.status, importMs: imported.ms },
  };
}

async function pageMs(baseUrl: string, path: string, user: LoadUser): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= PAGE_SAMPLES; i++) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${path}`, {
      headers: { cookie: user.cookie },
      signal: AbortSignal.timeout(60_000),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`hardening bench: GET ${path} answered HTTP ${res.status}`);
    // The first request warms the route's code and caches; it is not a visit's cost.
    if (i > 0) times.push(performance.now() - started);
  }
  return quantile(times, 0.5);
}

function pingSpread(server: RunningServer): Promise<SpreadFigures> {
  return spread(SPREAD_CLIENTS, SPREAD_SECONDS, async () => {
    try {
      const res = await fetch(`${server.baseUrl}/api/ping`, { signal: AbortSignal.timeout(60_000) });
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false;
    }
  });
}

export async function runHardeningBench(server: RunningServer): Promise<HardeningBench> {
  const items = reviewableItemIds(server.dbFile);
  const [heavy, empty] = createSignedInUsers(server.dbFile, 2, "bench-heavy");
  const pause = await measurePause(server, heavy!, items);
  const pages: PageCost[] = [];
  for (const path of PAGES) {
    pages.push({
      path,
      heavyMs: await pageMs(server.baseUrl, path, heavy!),
      emptyMs: await pageMs(server.baseUrl, path, empty!),
    });
  }
  const ping = await pingSpread(server);
  const ratings = await ratingSpread(server, items, SPREAD_CLIENTS, SPREAD_SECONDS);
  return { pause, pages, heavyReviews: HEAVY_REVIEWS, ratings, ping };
}
