/**
 * A seeded random source for the engine. Everything random in the engine takes one of
 * these explicitly, so an exercise is reproducible from its seed alone.
 *
 * Built on pure-rand's xoroshiro128+, which is pure 32-bit integer arithmetic: the same
 * seed gives the same numbers in every JS engine, browser or Node.
 */
import { unsafeUniformIntDistribution, xoroshiro128plus } from "pure-rand";
import { EngineInputError } from "./errors";

export interface RandomSource {
  /** Uniform in [0, 1), with 53 random bits. */
  next(): number;
  /** Uniform integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
}

const WARM_UP = 16;

/** murmur3's 32-bit finaliser: spreads every seed bit over the whole word. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The seed must be an integer; it is taken modulo 2³² (pure-rand seeds with 32 bits),
 * so 0 and 2³² give the same stream.
 */
export function createRandom(seed: number): RandomSource {
  if (typeof seed !== "number" || !Number.isInteger(seed)) {
    throw new EngineInputError("seed", `seed must be an integer, got ${String(seed)}`);
  }
  // The generator is mutable (unsafeNext) but private to this closure: the source is the
  // only thing that advances it.
  const rng = xoroshiro128plus(mix32(seed | 0));
  // pure-rand seeds xoroshiro with (−1, ~seed, seed, 0), so its first outputs are nearly
  // the seed itself (seed 42 opens with 0.99999999…). A hashed seed and a short warm-up
  // let nearby seeds give unrelated streams from the first draw.
  for (let i = 0; i < WARM_UP; i++) rng.unsafeNext();

  return {
    next() {
      // 27 + 26 high bits of two draws fill a double's 53-bit mantissa exactly.
      const hi = rng.unsafeNext() >>> 5;
      const lo = rng.unsafeNext() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    int(lo, hi) {
      if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || lo > hi) {
        throw new EngineInputError("int", `int(lo, hi) needs safe integers with lo ≤ hi, got (${lo}, ${hi})`);
      }
      return unsafeUniformIntDistribution(lo, hi, rng);
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new EngineInputError("items", "pick needs a non-empty array");
      return items[unsafeUniformIntDistribution(0, items.length - 1, rng)]!;
    },
  };
}
