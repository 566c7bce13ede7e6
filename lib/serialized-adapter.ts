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
 * better-sqlite3 runs a statement synchronously when the adapter is called, so checking the gate and calling the
 * adapter in the same turn (no `await` in between) is enough: nothing can open a transaction in between.
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

function gated(inner: Adapter): Adapter {
  /** Settles when the open transaction ends; null when none is open. */
  let open: Promise<void> | null = null;

  // The gate is checked and the adapter called in one turn: an `await` between them would let a transaction start.
  const outside =
    <A, T>(run: (arg: A) => Promise<T>) =>
    async (arg: A): Promise<T> => {
      while (open) await open;
      return run(arg);
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
      while (open) await open;
      let release!: () => void;
      open = new Promise<void>((resolve) => (release = resolve));
      const end = () => {
        open = null;
        release();
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
