import { expect } from "vitest";
import { EngineInputError } from "@/lib/engine";

/** Asserts `run` throws an EngineInputError on exactly `field`. */
export function expectField(run: () => unknown, field: string): void {
  let caught: unknown = null;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(EngineInputError);
  expect((caught as EngineInputError).field).toBe(field);
}

/** |a − b| ≤ tol·max(1, |b|). */
export function close(a: number, b: number, tol = 1e-12): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}
