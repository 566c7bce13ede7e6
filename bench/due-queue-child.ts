// Child of bench/due-queue.ts: times the app's own getReviewSession in-process. Run with --conditions=react-server
// (server-only resolves to its empty module) and DATABASE_URL set; argv: <content folder's parent> <userId> <runs>
// <deck>. The working folder is changed before the app modules load: the content repository reads <cwd>/content.
// Two sessions are timed: the whole library, and one deck of it. A call that throws is reported, not retried.
export {}; // a module, for top-level await

const [cwd, userId, runsArg, deck] = process.argv.slice(2);
if (!cwd || !userId || !runsArg || !deck) throw new Error("usage: due-queue-child.ts <dir> <userId> <runs> <deck>");
process.chdir(cwd);
// getReviewSession reads the learner from the session; the bench's stub of it (due-queue-hooks.mjs) answers this one.
process.env.BENCH_USER_ID = userId;

const { getReviewSession } = await import("../lib/review/data");
const { listItemsForReview } = await import("../lib/content/repository");
const { db } = await import("../lib/server/db");

async function time(filter: { cram: boolean; deck?: string }) {
  const libraryItems = (await listItemsForReview(filter)).length;
  try {
    let t0 = performance.now();
    const first = await getReviewSession(filter);
    const firstCallMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < Number(runsArg); i++) {
      t0 = performance.now();
      await getReviewSession(filter);
      times.push(performance.now() - t0);
    }
    // The queue's size, and (items) what one visit to /review prepares from it with interval previews.
    return {
      filter,
      libraryItems,
      ok: true as const,
      times,
      firstCallMs,
      sessionItems: first.due + first.fresh,
      dueItems: first.due,
      preparedItems: first.items.length,
    };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const message =
      (e.message ?? String(error))
        .split("\n")
        .filter((l) => l.trim())
        .at(-1) ?? "";
    return { filter, libraryItems, ok: false as const, error: `${e.code ?? "error"}: ${message.trim()}` };
  }
}

// The library is parsed once here (it is cached per process, as in the server), outside both timings.
const wholeLibraryItems = (await listItemsForReview({})).length;
const results = [await time({ cram: false }), await time({ cram: false, deck })];
console.log(`DUE_QUEUE_RESULT ${JSON.stringify({ wholeLibraryItems, results })}`);
await db.$disconnect();
