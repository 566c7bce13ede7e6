// The due queue at scale: the time to build one learner's review session (getReviewSession in lib/review/data.ts)
// with 5,000 items and 500,000 review logs in the database.
//
// getReviewSession takes its item list from the content library (listItemsForReview reads the MDX files under
// <cwd>/content, not the ContentItem table), so 5,000 rows alone would not be seen. The bench therefore writes a
// scratch content folder with 5,000 generated Q&A items (the real decks and theory pages linked in) and mirrors the
// same ids into the ContentItem table, then runs the real function in a child tsx process whose working folder is
// that scratch folder, with --conditions=react-server (as the seed runs) and DATABASE_URL pointing at a scratch file.
// (bench/due-queue-hooks.mjs stubs the auth module, which only loads inside Next and which this function never calls.)
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { childEnv } from "../lib/server/env";
import { scratchDbFile } from "../scripts/lib/server";
import { enableWal } from "../scripts/lib/sqlite";
import { sqliteDate } from "../scripts/lib/load-users";
import { quarterOf } from "../lib/srs/quarter";
import { insertUser, newId } from "./sqlite-rows";

export interface SessionTiming {
  /** "whole library" or "deck <id>". */
  scope: string;
  /** Items the filter selects from the library. */
  libraryItems: number;
  /** Set when getReviewSession threw: its error code and message. */
  error?: string;
  sessionItems?: number;
  dueItems?: number;
  preparedItems?: number;
  runs?: number;
  medianMs?: number;
  minMs?: number;
  maxMs?: number;
  /** The first (untimed-in-the-median) call, with the library already parsed. */
  firstCallMs?: number;
}

export interface DueQueueBench {
  items: number;
  reviewLogs: number;
  reviewCards: number;
  setupMs: number;
  sessions: SessionTiming[];
}

const DAY = 24 * 3600 * 1000;
const DIFFICULTIES = ["easy", "medium", "hard"] as const;

/** A small deterministic generator so every run builds the same database. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeContent(
  root: string,
  realContent: string,
  items: number,
): Array<{ id: string; deck: string; difficulty: string }> {
  const content = path.join(root, "content");
  mkdirSync(path.join(content, "items"), { recursive: true });
  symlinkSync(path.join(realContent, "decks"), path.join(content, "decks"));
  symlinkSync(path.join(realContent, "theory"), path.join(content, "theory"));
  const decks = readdirSync(path.join(realContent, "decks"))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.slice(0, -4));
  return Array.from({ length: items }, (_, i) => {
    const id = `bench-item-${i}`;
    const deck = decks[i % decks.length]!;
    const difficulty = DIFFICULTIES[i % 3]!;
    writeFileSync(
      path.join(content, "items", `${id}.mdx`),
      `---\nid: ${id}\nkind: qa\ndeck: ${deck}\ndifficulty: ${difficulty}\ntags: [bench, bench-${i % 50}]\ntitle: Generated bench card ${i}\n---\n\n## Question\n\nWhat is $\\partial L / \\partial w_{${i}}$?\n\n## Answer\n\nBy the chain rule, the upstream gradient times the local one.\n`,
    );
    return { id, deck, difficulty };
  });
}

function fillDatabase(
  dbFile: string,
  items: Array<{ id: string; deck: string; difficulty: string }>,
  logs: number,
  now: Date,
) {
  const rand = mulberry32(7);
  const sqlite = new Database(dbFile);
  try {
    let userId = "";
    let cards = 0;
    sqlite.transaction(() => {
      const stamp = sqliteDate(now);
      const addItem = sqlite.prepare(
        `INSERT INTO "ContentItem" (id, kind, deckId, difficulty, title, retired, createdAt, updatedAt) VALUES (?, 'qa', ?, ?, ?, 0, ?, ?)`,
      );
      for (const it of items) addItem.run(it.id, it.deck, it.difficulty, `Generated bench card ${it.id}`, stamp, stamp);
      userId = insertUser(sqlite, "due-queue");
      // 90% of the items have been seen (a card each); of those about one in ten is due now, the rest later.
      const seen = items.filter((_, i) => i % 10 !== 9);
      cards = seen.length;
      const addCard = sqlite.prepare(
        `INSERT INTO "ReviewCard" (userId, itemId, due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, leech, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 2, ?, 0, 0, ?)`,
      );
      for (const it of seen) {
        const due = new Date(now.getTime() + (rand() < 0.1 ? -rand() * 30 * DAY : rand() * 200 * DAY));
        const days = 1 + Math.floor(rand() * 120);
        addCard.run(
          userId,
          it.id,
          sqliteDate(due),
          1 + rand() * 100,
          1 + rand() * 9,
          days,
          100,
          Math.floor(rand() * 4),
          sqliteDate(new Date(due.getTime() - days * DAY)),
          stamp,
        );
      }
      // The logs are spread over the seen items and the last two years, as a heavy user's history would be.
      const addLog = sqlite.prepare(
        `INSERT INTO "ReviewLog" (id, userId, itemId, rating, state, due, stability, difficulty, scheduledDays, learningSteps, review, reviewQuarter, durationMs, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
      );
      for (let i = 0; i < logs; i++) {
        const it = seen[i % seen.length]!;
        const review = new Date(now.getTime() - rand() * 730 * DAY);
        const days = Math.floor(rand() * 60);
        addLog.run(
          newId(),
          userId,
          it.id,
          1 + Math.floor(rand() * 4),
          i < seen.length ? 0 : 2,
          sqliteDate(new Date(review.getTime() + days * DAY)),
          1 + rand() * 100,
          1 + rand() * 9,
          days,
          sqliteDate(review),
          quarterOf(review),
          Math.floor(rand() * 20_000),
          sqliteDate(review),
        );
      }
    })();
    sqlite.pragma("optimize");
    return { userId, cards };
  } finally {
    sqlite.close();
  }
}

/** Runs a command with DATABASE_URL at the bench's file; returns its stdout, or rejects with all its output. */
function quiet(cmd: string, args: string[], root: string, dbFile: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: root,
      env: childEnv({ DATABASE_URL: `file:${dbFile}`, NODE_ENV: "production" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} exited with ${code}\n${out}\n${err}`)),
    );
  });
}

function runChild(
  root: string,
  cwd: string,
  dbFile: string,
  userId: string,
  runs: number,
  deck: string,
): Promise<string> {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const hooks = path.join(root, "bench", "due-queue-hooks.mjs");
  const script = path.join(root, "bench", "due-queue-child.ts");
  return quiet(
    tsx,
    [
      "--conditions=react-server",
      "--tsconfig",
      path.join(root, "tsconfig.json"),
      "--import",
      hooks,
      script,
      cwd,
      userId,
      String(runs),
      deck,
    ],
    root,
    dbFile,
  );
}

const RESULT_MARK = "DUE_QUEUE_RESULT ";

interface ChildResult {
  wholeLibraryItems: number;
  results: Array<
    | {
        filter: { deck?: string };
        libraryItems: number;
        ok: true;
        times: number[];
        firstCallMs: number;
        sessionItems: number;
        dueItems: number;
        preparedItems: number;
      }
    | { filter: { deck?: string }; libraryItems: number; ok: false; error: string }
  >;
}

export async function runDueQueueBench(root: string, items = 5000, logs = 500_000, runs = 15): Promise<DueQueueBench> {
  const started = performance.now();
  const dbFile = scratchDbFile("due-queue");
  await quiet(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], root, dbFile);
  enableWal(dbFile);
  const dir = path.dirname(dbFile);
  let out: string;
  let setupMs: number;
  let cards: number;
  try {
    const generated = writeContent(dir, path.join(root, "content"), items);
    const filled = fillDatabase(dbFile, generated, logs, new Date());
    cards = filled.cards;
    setupMs = performance.now() - started;
    out = await runChild(root, dir, dbFile, filled.userId, runs, generated[0]!.deck);
  } finally {
    rmSync(dir, { recursive: true, force: true }); // about 230 MB of scratch database and 5,000 files
  }
  const line = out.split("\n").find((l) => l.startsWith(RESULT_MARK));
  if (!line) throw new Error(`due-queue child printed no result:\n${out}`);
  const r = JSON.parse(line.slice(RESULT_MARK.length)) as ChildResult;
  if (r.wholeLibraryItems !== items)
    throw new Error(`the child saw ${r.wholeLibraryItems} library items, not ${items}`);
  const sessions = r.results.map((s): SessionTiming => {
    const scope = s.filter.deck ? `deck ${s.filter.deck}` : "whole library";
    if (!s.ok) return { scope, libraryItems: s.libraryItems, error: s.error };
    const sorted = [...s.times].sort((a, b) => a - b);
    return {
      scope,
      libraryItems: s.libraryItems,
      sessionItems: s.sessionItems,
      dueItems: s.dueItems,
      preparedItems: s.preparedItems,
      runs: sorted.length,
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
      minMs: sorted[0]!,
      maxMs: sorted.at(-1)!,
      firstCallMs: s.firstCallMs,
    };
  });
  return { items, reviewLogs: logs, reviewCards: cards, setupMs, sessions };
}
