// Child of bench/due-queue.ts: times the app's own getReviewSession in-process. Run with --conditions=react-server
// (server-only resolves to its empty module) and DATABASE_URL set; argv: <content folder's parent> <userId> <runs>.
// The working folder is changed before the app modules load, because the content repository reads <cwd>/content.
export {}; // a module, for top-level await

const [cwd, userId, runsArg] = process.argv.slice(2);
if (!cwd || !userId || !runsArg) throw new Error("usage: due-queue-child.ts <dir> <userId> <runs>");
process.chdir(cwd);

const { getReviewSession } = await import("../lib/review/data");
const { listItemsForReview } = await import("../lib/content/repository");
const { db } = await import("../lib/db");

const filter = { cram: false };
let t0 = performance.now();
const first = await getReviewSession(userId, filter);
const firstCallMs = performance.now() - t0;
const times: number[] = [];
for (let i = 0; i < Number(runsArg); i++) {
  t0 = performance.now();
  await getReviewSession(userId, filter);
  times.push(performance.now() - t0);
}
const libraryItems = (await listItemsForReview({})).length;
const dueItems = first.items.filter((i) => !i.isNew).length;
console.log(
  `DUE_QUEUE_RESULT ${JSON.stringify({ times, firstCallMs, sessionItems: first.items.length, dueItems, libraryItems })}`,
);
await db.$disconnect();
