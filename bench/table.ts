// The one table `npm run bench` prints and writes as JSON: every figure beside its baseline from the same run and,
// where the issue sets one, its target and whether it was met. Nothing here asserts; "NOT met" is a printed fact.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Row {
  /** The section the row belongs to, e.g. "HTTP answer check". */
  group: string;
  measure: string;
  figure: string;
  baseline: string;
  /** Empty when the issue sets no target for this figure. */
  target: string;
  /** null when there is no target. */
  met: boolean | null;
  /** The raw numbers behind the row, for the JSON file. */
  data?: Record<string, unknown>;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  /** 1-minute load averages sampled at each step: the machine may be shared, and load skews every timing. */
  load: Array<{ step: string; loadAverage1m: number }>;
  /** Which parts ran (`npm run bench -- --only …` runs some of them). */
  parts: string[];
  notes: string[];
  rows: Row[];
}

const COLUMNS = ["measure", "figure", "baseline", "target", "met?"] as const;

function cells(row: Row): string[] {
  return [row.measure, row.figure, row.baseline, row.target, row.met === null ? "" : row.met ? "met" : "NOT met"];
}

/** Plain-text table grouped by section, column widths fitted to the content. */
export function formatTable(rows: Row[]): string {
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => cells(r)[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const out = [line(COLUMNS), widths.map((w) => "─".repeat(w)).join("  ")];
  let group = "";
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      out.push(`▸ ${group}`);
    }
    out.push(line(cells(row)));
  }
  return out.join("\n");
}

/** Writes bench/results/<timestamp>.json and bench/results/latest.json; returns the timestamped path. */
export function writeReport(resultsDir: string, report: BenchReport): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const file = path.join(resultsDir, `${stamp}.json`);
  const json = JSON.stringify(report, null, 2) + "\n";
  writeFileSync(file, json);
  writeFileSync(path.join(resultsDir, "latest.json"), json);
  return file;
}

export const fmt = {
  ms: (v: number) => (v >= 100 ? `${Math.round(v)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`),
  ns: (v: number) => `${Math.round(v)} ns`,
  perSecond: (v: number, unit: string) => `${Math.round(v).toLocaleString("en-US")} ${unit}/s`,
  kb: (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`,
};
