import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { createSignedInUsers, planRatings, quantile } from "../../scripts/lib/load-users";

describe("createSignedInUsers", () => {
  test("writes users and sessions the app's Prisma client reads back as valid sign-ins", async () => {
    const before = Date.now();
    const users = createSignedInUsers(env.databaseFile, 3, "t");
    expect(new Set(users.map((u) => u.id)).size).toBe(3);
    for (const user of users) {
      const token = user.cookie.match(/^next-auth\.session-token=([0-9a-f]{64})$/)?.[1];
      expect(token).toBeDefined();
      const session = await db.session.findUnique({ where: { sessionToken: token! }, include: { user: true } });
      expect(session?.user.id).toBe(user.id);
      expect(session?.user.email).toBe(user.email);
      // Far enough ahead that next-auth (30-day lifetime, 1-day update age) never rewrites it on read.
      expect(session!.expires.getTime()).toBeGreaterThan(before + 29 * 24 * 3600 * 1000);
    }
  });
});

describe("planRatings", () => {
  const items = ["a", "b", "c", "d", "e"];

  test("the seed decides the items and ratings; review ids are unique", () => {
    const one = planRatings(5, 3, 50, items);
    const two = planRatings(5, 3, 50, items);
    const strip = (plan: typeof one) =>
      plan.map((u) => u.map(({ itemId, rating, durationMs }) => ({ itemId, rating, durationMs })));
    expect(strip(one)).toEqual(strip(two));
    expect(strip(planRatings(6, 3, 50, items))).not.toEqual(strip(one));
    const ids = one.flat().map((r) => r.reviewId);
    expect(new Set(ids).size).toBe(150);
  });

  test("every rating is a grade 1–4 on one of the given items, all four grades used", () => {
    const flat = planRatings(9, 4, 100, items).flat();
    expect(flat).toHaveLength(400);
    expect(flat.every((r) => items.includes(r.itemId) && [1, 2, 3, 4].includes(r.rating))).toBe(true);
    expect(new Set(flat.map((r) => r.rating)).size).toBe(4);
  });
});

test("quantile is nearest-rank", () => {
  const values = Array.from({ length: 100 }, (_, i) => 100 - i);
  expect(quantile(values, 0.5)).toBe(50);
  expect(quantile(values, 0.99)).toBe(99);
  expect(quantile(values, 1)).toBe(100);
  expect(quantile([7], 0.99)).toBe(7);
  expect(quantile([], 0.5)).toBeNaN();
});
