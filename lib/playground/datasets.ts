/**
 * Seeded two-class toy datasets on the plane [−1, 1]², the classic ones where a linear
 * model fails and hidden layers earn their keep. Same seed, same points, in any browser.
 */
import { createRandom, type RandomSource } from "@/lib/engine";

export type DatasetKind = "xor" | "circles" | "moons" | "spiral";
export const DATASET_KINDS: readonly DatasetKind[] = ["xor", "circles", "moons", "spiral"];
export const DATASET_LABELS: Record<DatasetKind, string> = {
  xor: "XOR",
  circles: "Two circles",
  moons: "Two moons",
  spiral: "Spiral",
};

/** Half-width of the plane the points live in and the heatmap covers. */
export const PLANE = 1.2;

export interface Point {
  x: number;
  y: number;
  label: 0 | 1;
}

export interface Dataset {
  train: Point[];
  test: Point[];
}

export interface DatasetOptions {
  kind: DatasetKind;
  /** total points before the split */
  size: number;
  /** standard deviation of the Gaussian jitter, in plane units (0 – 0.5 is sensible) */
  noise: number;
  /** share of points held out for testing, 0 – 0.9 */
  testFraction: number;
  seed: number;
}

function gaussian(r: RandomSource): number {
  const u = 1 - r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}

/** One clean point of class `label`; noise is added afterwards for every kind alike. */
const SHAPES: Record<DatasetKind, (r: RandomSource, label: 0 | 1) => [number, number]> = {
  xor(r, label) {
    // Keep a small margin off the axes so the noise-free set is separable by quadrant.
    const mag = () => 0.1 + 0.85 * r.next();
    const sx = r.next() < 0.5 ? -1 : 1;
    // Class 1 where the signs differ: x·y < 0.
    const sy = label === 1 ? -sx : sx;
    return [sx * mag(), sy * mag()];
  },
  circles(r, label) {
    const radius = label === 0 ? 0.45 * r.next() : 0.65 + 0.3 * r.next();
    const angle = 2 * Math.PI * r.next();
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  },
  moons(r, label) {
    const t = Math.PI * r.next();
    // Two interleaved half circles, scaled from the usual [−1, 2]×[−0.5, 1] into the plane.
    const [x, y] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [(x - 0.5) * 0.6, (y - 0.25) * 0.8];
  },
  spiral(r, label) {
    const t = r.next();
    const angle = 1.75 * 2 * Math.PI * t + (label === 1 ? Math.PI : 0);
    const radius = 0.05 + 0.9 * t;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  },
};

const clamp = (v: number) => Math.max(-PLANE, Math.min(PLANE, v));

export function generateDataset(options: DatasetOptions): Dataset {
  const { kind, size, noise, testFraction, seed } = options;
  const r = createRandom(seed);
  const points: Point[] = [];
  for (let i = 0; i < size; i++) {
    // Alternating labels keeps the classes balanced exactly.
    const label: 0 | 1 = i % 2 === 0 ? 0 : 1;
    const [x, y] = SHAPES[kind](r, label);
    points.push({ x: clamp(x + noise * gaussian(r)), y: clamp(y + noise * gaussian(r)), label });
  }
  // Fisher–Yates, so the test set is a random sample rather than the last points drawn.
  for (let i = points.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [points[i], points[j]] = [points[j]!, points[i]!];
  }
  const nTest = Math.round(Math.min(0.9, Math.max(0, testFraction)) * size);
  return { test: points.slice(0, nTest), train: points.slice(nTest) };
}

/** Points as the engine's n × 2 input matrix and their labels. */
export function toMatrix(points: readonly Point[]): { x: number[][]; labels: number[] } {
  return { x: points.map((p) => [p.x, p.y]), labels: points.map((p) => p.label) };
}
