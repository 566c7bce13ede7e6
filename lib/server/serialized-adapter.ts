import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type AdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect">;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/**
 * Makes every statement outside a transaction wait while an interactive transaction is open.
 *
 * The better-sqlite3 adapter has one connection. It makes transactions take turns, but a query from outside one runs
 * on that connection whenever it is issued, so while another request's `$transaction` is open it runs inside it:
 * it reads that transaction's uncommitted rows, and its own write, already answered as saved, is undone if that
 * transaction rolls back (a duplicate review id does exactly that). Here the connection is held from BEGIN until
 * the transaction's commit or rollback, and everything else runs between transactions.
 *
 * Turns are taken first in, first out (fifoLock), statements and transactions alike.
 * A transaction's own queries go straight through, so code inside `$transaction` must use its `tx`, never `db`:
 * a `db` query there would wait for its own transaction to end (Prisma's transaction timeout then ends it).
 */
export function serializeTransactions(factory: AdapterFactory): AdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => gated(await factory.connect()),
  };
}

/**
 * One turn at a time on the connection, handed over in arrival order. Waiting by re-checking a shared "open"
 * promise let whoever ran first after a commit take the next turn, and under sustained load some ratings waited
 * 15 s while others went through dozens of times.
 */
export function fifoLock() {
  let held = false;
  const queue: Array<() => void> = [];
  return {
    acquire(): Promise<void> {
      if (!held && queue.length === 0) {
        held = true;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => queue.push(resolve));
    },
    /** Hands the turn to the next in line (it stays held), or frees it. */
    release(): void {
      const next = queue.shift();
      if (next) next();
      else held = false;
    },
    get waiting() {
      return queue.length;
    },
  };
}

function gated(inner: Adapter): Adapter {
  const lock = fifoLock();

  // A statement outside a transaction takes its turn like a transaction does, and gives it back when it has run.
  const outside =
    <A, T>(run: (arg: A) => Promise<T>) =>
    async (arg: A): Promise<T> => {
      await lock.acquire();
      try {
        return await run(arg);
      } finally {
        lock.release();
      }
    };

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: outside((query: Query) => inner.queryRaw(query)),
    executeRaw: outside((query: Query) => inner.executeRaw(query)),
    executeScript: outside((script: string) => inner.executeScript(script)),
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
    dispose: () => inner.dispose(),
    startTransaction: async (isolationLevel) => {
      await lock.acquire();
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        lock.release();
      };
      try {
        const tx = await inner.startTransaction(isolationLevel);
        return {
          provider: tx.provider,
          adapterName: tx.adapterName,
          options: tx.options,
          queryRaw: (query) => tx.queryRaw(query),
          executeRaw: (query) => tx.executeRaw(query),
          // Prisma sends COMMIT or ROLLBACK through executeRaw first, then calls these: the connection is free here.
          commit: () => tx.commit().finally(end),
          rollback: () => tx.rollback().finally(end),
        };
      } catch (error) {
        end();
        throw error;
      }
    },
  };
}
