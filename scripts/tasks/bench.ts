// `npm run bench`: measures, then prints one table (figure, baseline from the same run, target, met?) and writes it
// as JSON to bench/results/. Nothing here asserts timings: a missed target is printed as "NOT met". See README.
import os from "node:os";
import path from "node:path";
import { runColdStartBench } from "../../bench/cold-start";
import { runDueQueueBench } from "../../bench/due-queue";
import { runEngineBench } from "../../bench/engine";
import { runHardeningBench } from "../../bench/hardening";
import { wantedParts, type Part } from "../../bench/parts";
import { runHttpCheckBench } from "../../bench/http-check";
import { LIGHTHOUSE_PRESET, runLighthouseBench } from "../../bench/lighthouse";
import { runPageWeightBench } from "../../bench/page-weight";
import { pagePlan } from "../../bench/pages";
import { runPlaygroundBench } from "../../bench/playground";
import {
  coldStartRows,
  contentCompileRow,
  dueQueueRows,
  engineRows,
  hardeningRows,
  httpCheckRows,
  lighthouseRows,
  pageWeightRows,
  playgroundRows,
  reviewWriteRows,
} from "../../bench/rows";
import { runReviewWriteBench } from "../../bench/review-writes";
import { formatTable, writeReport, type Row } from "../../bench/table";
import { loadContent } from "../../lib/content/load";
import { createSignedInUsers } from "../lib/load-users";
import { withServer } from "../lib/server";
import { root } from "../lib/steps";

const load: Array<{ step: string; loadAverage1m: number }> = [];
const step = (what: string) => {
  const loadAverage1m = Number(os.loadavg()[0]!.toFixed(2));
  load.push({ step: what, loadAverage1m });
  console.log(`› ${what}… (load average ${loadAverage1m} on ${os.cpus().length} CPUs)`);
};

async function contentCompile() {
  const started = performance.now();
  const lib = await loadContent(path.join(root, "content"), { compile: true });
  return {
    items: lib.items.length,
    decks: lib.decks.length,
    theory: lib.theory.length,
    ms: performance.now() - started,
  };
}

async function main() {
  const startedAt = new Date().toISOString();
  const wanted = wantedParts(process.argv.slice(2));
  const rows: Row[] = [];

  // In-process figures first, while nothing else of ours is running.
  if (wanted.has("engine")) {
    step("Engine backprop against the Float64Array loop");
    rows.push(...engineRows(await runEngineBench()));
  }
  if (wanted.has("content")) {
    step("Content library compile");
    rows.push(contentCompileRow(await contentCompile()));
  }
  let dueQueue: Row[] = [];
  if (wanted.has("due-queue")) {
    step("Due queue: 5,000 items and 500,000 review logs in a scratch database");
    dueQueue = dueQueueRows(await runDueQueueBench(root));
  }

  const servedParts: Part[] = ["http-check", "review-writes", "page-weight", "lighthouse", "playground", "hardening"];
  if (servedParts.some((p) => wanted.has(p))) {
    const plan = await pagePlan(root);
    const served = await withServer("bench", async (server) => {
      const out: Row[] = [];
      if (wanted.has("http-check")) {
        step("HTTP answer check under autocannon (4 runs of 10 s)");
        out.push(...httpCheckRows(await runHttpCheckBench(server.baseUrl, root)));
      }
      if (wanted.has("review-writes")) {
        step("Review writes: 50 users as fast as they can, then at a learner's pace");
        out.push(...reviewWriteRows(await runReviewWriteBench(server)));
      }
      out.push(...dueQueue);
      const [user] = createSignedInUsers(server.dbFile, 1, "bench-pages");
      if (wanted.has("page-weight")) {
        step("JavaScript per page");
        out.push(...pageWeightRows(await runPageWeightBench(server.baseUrl, plan, user!.cookie)));
      }
      if (wanted.has("lighthouse")) {
        step(`Lighthouse (${LIGHTHOUSE_PRESET}) on ${plan.pages.length} pages and the bare page`);
        const [bare, ...scores] = await runLighthouseBench(server.baseUrl, [plan.bare, ...plan.pages], user!.cookie);
        out.push(...lighthouseRows(scores, bare));
      }
      if (wanted.has("playground")) {
        step("Playground while training");
        out.push(...playgroundRows(await runPlaygroundBench(server.baseUrl)));
      }
      // Last on the server: it leaves an account with 100,000 reviews behind, which nothing before should meet.
      if (wanted.has("hardening")) {
        step("Hostile requests, an account with 100,000 reviews, 100 clients rating for 15 s");
        out.push(...hardeningRows(await runHardeningBench(server)));
      }
      return out;
    });
    rows.push(...served);
  } else {
    rows.push(...dueQueue);
  }

  // Last, with the measured server stopped, so the start-up competes with nothing of ours.
  if (wanted.has("cold-start")) {
    step("Cold start, twice");
    rows.push(...coldStartRows(await runColdStartBench(root)));
  }

  const cpus = os.cpus();
  const file = writeReport(path.join(root, "bench", "results"), {
    startedAt,
    finishedAt: new Date().toISOString(),
    load,
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? "unknown",
    },
    parts: [...wanted],
    notes: [
      "Engine, content compile and due queue run in-process (the due queue in a child tsx process); the rest against `npm start` on 127.0.0.1.",
      "JavaScript bytes: every script response until network idle, each body gzipped with node:zlib level 6; own = scripts the bare page does not load; needed = own scripts of which at least 1% of the bytes ran on load (V8 coverage).",
      `Lighthouse: ${LIGHTHOUSE_PRESET} preset, one run per page, scores are category score × 100.`,
    ],
    rows,
  });
  console.log(`\n${formatTable(rows)}\n`);
  const missed = rows.filter((r) => r.met === false).length;
  console.log(
    `${rows.filter((r) => r.met !== null).length - missed} targets met, ${missed} NOT met. Written to ${path.relative(root, file)} and bench/results/latest.json.`,
  );
}

main().catch((error: unknown) => {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
});
