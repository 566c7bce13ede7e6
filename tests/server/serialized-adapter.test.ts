import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { fifoLock } from "@/lib/server/serialized-adapter";

// These go through the app's own client (lib/server/db.ts), so they hold the adapter it is built with to account.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const email = (label: string) => `${label}-${randomUUID()}@example.com`;
const exists = async (address: string) => (await db.user.count({ where: { email: address } })) === 1;

/** Opens a transaction that writes a user, stays open for `openMs`, then rolls back by throwing. */
async function rolledBack(address: string, openMs: number): Promise<void> {
  await db
    .$transaction(async (tx) => {
      await tx.user.create({ data: { email: address } });
      await sleep(openMs);
      throw new Error("roll back");
    })
    .catch((error: Error) => {
      if (error.message !== "roll back") throw error;
    });
}

describe("statements outside a transaction", () => {
  test("a write answered while another request's transaction is open survives that transaction's rollback", async () => {
    const inside = email("inside");
    const outside = email("outside");
    const tx = rolledBack(inside, 40);
    await sleep(10);
    await db.user.create({ data: { email: outside } });
    await tx;
    expect(await exists(outside)).toBe(true);
    expect(await exists(inside)).toBe(false);
  });

  test("a read does not see another transaction's uncommitted row", async () => {
    const inside = email("dirty");
    const tx = rolledBack(inside, 40);
    await sleep(10);
    const seen = await exists(inside);
    await tx;
    expect(seen).toBe(false);
  });

  test("a write issued while a transaction is open lands after it, and both are kept on commit", async () => {
    const first = email("first");
    const second = email("second");
    const tx = db.$transaction(async (t) => {
      await t.user.create({ data: { email: first } });
      await sleep(30);
      return t.user.count({ where: { email: second } });
    });
    await sleep(10);
    await db.user.create({ data: { email: second } });
    // The transaction did not see the outside write: it ran after the commit, not inside the transaction.
    expect(await tx).toBe(0);
    expect([await exists(first), await exists(second)]).toEqual([true, true]);
  });

  test("any mix of rolled-back transactions and outside writes keeps every outside write and no rolled-back one", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ inTransaction: fc.boolean(), startMs: fc.nat(15), openMs: fc.nat(10) }), {
          minLength: 2,
          maxLength: 12,
        }),
        async (plan) => {
          const writes = plan.map((step) => ({ ...step, address: email("mix") }));
          await Promise.all(
            writes.map(async (w) => {
              await sleep(w.startMs);
              if (w.inTransaction) await rolledBack(w.address, w.openMs);
              else await db.user.create({ data: { email: w.address } });
            }),
          );
          for (const w of writes) expect(await exists(w.address)).toBe(!w.inTransaction);
        },
      ),
      { numRuns: 25, seed: 20261123 },
    );
  });
});

describe("transactions waiting for the connection", () => {
  // Transactions take turns on the one connection, and a large import keeps it for many seconds. Prisma gives up on
  // starting a transaction after `maxWait` (2 s by default) with "Unable to start a transaction in the given time",
  // which a rating, an undo or a sign-in answered as a 500, while a plain query simply waited its turn.
  test.each([
    { label: "a transaction of the app's own", run: () => db.$transaction(async (tx) => tx.user.count()) },
    {
      label: "a sign-in (its rate limit counts the attempt in a transaction)",
      run: async () => {
        const { signInWithPassword } = await import("@/lib/auth/credentials");
        return signInWithPassword(
          { email: email("nobody"), password: "a wrong password" },
          { ip: `w-${randomUUID()}` },
        );
      },
    },
  ])("$label, started while another has held the connection for 2.5 s, runs after it", async ({ run }) => {
    const holder = db.$transaction(
      async (tx) => {
        await tx.user.create({ data: { email: email("holder") } });
        await sleep(2500);
      },
      { timeout: 10_000 },
    );
    await sleep(50);
    await expect(run()).resolves.toBeDefined();
    await holder;
  });
});

describe("fifoLock, the turns on the one connection", () => {
  // Ratings starved under sustained load: some connections got 1 answer in 15 s while others got 59.
  test("property: turns are given in the order they were asked for, however long each is held", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { minLength: 1, maxLength: 30 }), async (holds) => {
        const lock = fifoLock();
        const order: number[] = [];
        await Promise.all(
          holds.map(async (ticks, i) => {
            await lock.acquire();
            order.push(i);
            for (let t = 0; t < ticks; t++) await Promise.resolve();
            lock.release();
          }),
        );
        expect(order).toEqual(holds.map((_, i) => i));
      }),
    );
  });
  test("a newcomer waits behind everyone already waiting, even when it asks just as the turn is handed over", async () => {
    const lock = fifoLock();
    const order: string[] = [];
    await lock.acquire();
    const waiter = lock.acquire().then(() => order.push("waiter"));
    lock.release();
    // Asked after the release, before the waiter's continuation has run.
    const newcomer = lock.acquire().then(() => order.push("newcomer"));
    await waiter;
    lock.release();
    await newcomer;
    lock.release();
    expect(order).toEqual(["waiter", "newcomer"]);
    expect(lock.waiting).toBe(0);
  });
});
