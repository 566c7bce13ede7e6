import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { renumberedId, sameReview } from "@/lib/review/import-identity";
import { undoRequestSchema } from "@/lib/review/schema";

const ids = fc.string({ minLength: 1, maxLength: 100 });

describe("renumberedId", () => {
  test("is a UUID the review routes accept, the same every time for one account and file id", () => {
    fc.assert(
      fc.property(ids, ids, (userId, fileId) => {
        const id = renumberedId(userId, fileId);
        expect(z.uuid().safeParse(id).success).toBe(true);
        expect(undoRequestSchema.safeParse({ reviewId: id }).success).toBe(true);
        expect(renumberedId(userId, fileId)).toBe(id);
      }),
    );
  });

  test("differs between accounts and between file ids, and never keeps the file's id", () => {
    fc.assert(
      fc.property(ids, ids, ids, (userId, other, fileId) => {
        const id = renumberedId(userId, fileId);
        expect(id).not.toBe(fileId);
        if (other !== userId) expect(renumberedId(other, fileId)).not.toBe(id);
        if (other !== fileId) expect(renumberedId(userId, other)).not.toBe(id);
      }),
    );
  });

  test("a separator between the two parts: moving a character across them changes the id", () => {
    expect(renumberedId("ab", "c")).not.toBe(renumberedId("a", "bc"));
  });
});

describe("sameReview", () => {
  const at = new Date("2026-10-01T08:00:00.000Z");
  test.each([
    { label: "same instant and rating", other: { review: new Date(at), rating: 3 }, same: true },
    { label: "a millisecond later", other: { review: new Date(at.getTime() + 1), rating: 3 }, same: false },
    { label: "another rating", other: { review: new Date(at), rating: 4 }, same: false },
  ])("$label: the same review: $same", ({ other, same }) => {
    expect(sameReview({ review: at, rating: 3 }) === sameReview(other)).toBe(same);
  });
});
