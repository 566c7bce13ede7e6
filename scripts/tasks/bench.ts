// `npm run bench`: measures, then prints one table (figure, baseline from the same run, target, met?) and writes it
// as JSON to bench/results/. Nothing here asserts timings: a missed target is printed as "NOT met". See README.
import os from "node:os";
import path from "node:path";
import { runColdStartBench } from "../../bench/cold-start";
import { runDueQueueBench } from "../../bench/due-queue";
import { runEngineBench } from "../../bench/engine";
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
  const rows: Row[] = [];

  // In-process figures first, while nothing else of ours is running.
  step("Engine backprop against the Float64Array loop");
  rows.push(...engineRows(await runEngineBench()));
  step("Content library compile");
  rows.push(contentCompileRow(await contentCompile()));
  step("Due queue: 5,000 items and 500,000 review logs in a scratch database");
  const dueQueue = dueQueueRows(await runDueQueueBench(root));

  const plan = await pagePlan(root);
  const served = await withServer("bench", async (server) => {
    step("HTTP answer check under autocannon (4 runs of 10 s)");
    const http = httpCheckRows(await runHttpCheckBench(server.baseUrl, root));
    step("Review writes: 50 users as fast as they can, then at a learner's pace");
    const reviewWrites = reviewWriteRows(await runReviewWriteBench(server));
    const [user] = createSignedInUsers(server.dbFile, 1, "bench-pages");
    step("JavaScript per page");
    const weight = pageWeightRows(await runPageWeightBench(server.baseUrl, plan, user!.cookie));
    step(`Lighthouse (${LIGHTHOUSE_PRESET}) on ${plan.pages.length} pages and the bare page`);
    const [bare, ...scores] = await runLighthouseBench(server.baseUrl, [plan.bare, ...plan.pages], user!.cookie);
    const lighthouse = lighthouseRows(scores, bare);
    step("Playground while training");
    const playground = playgroundRows(await runPlaygroundBench(server.baseUrl));
    return { http, reviewWrites, weight, lighthouse, playground };
  });
  rows.push(
    ...served.http,
    ...served.reviewWrites,
    ...dueQueue,
    ...served.weight,
    ...served.lighthouse,
    ...served.playground,
  );

  // Last, with the measured server stopped, so the start-up competes with nothing of ours.
  step("Cold start, twice");
  rows.push(...coldStartRows(await runColdStartBench(root)));

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
