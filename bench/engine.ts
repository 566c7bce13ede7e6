/**
 * Engine speed against a hand-written Float64Array version of the same arithmetic.
 *
 *   npx tsx bench/engine.ts
 *
 * The baseline is what you would write for speed with one fixed architecture: flat
 * typed arrays packed once outside the timed loop, activation and loss inlined, no
 * validation, all thirteen results written into one Float64Array allocated once and
 * reused (a fresh typed array per call would itself cost ~0.5 µs, flattering the engine).
 * The engine, per call, validates the spec, goes through the op table and returns fresh
 * number[][] results, so the ratio is the price of safety and clarity.
 */
import { pathToFileURL } from "node:url";
import { backprop, generateInstance, type TwoLayerSpec } from "../lib/engine";

export interface EngineBenchRow {
  name: string;
  engineNsPerCall: number;
  baselineNsPerCall: number;
  ratio: number;
}

interface Packed {
  n: number;
  dIn: number;
  h: number;
  dOut: number;
  x: Float64Array;
  y: Float64Array;
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: Float64Array;
}

function pack(spec: TwoLayerSpec): Packed {
  const flat = (m: number[][]) => Float64Array.from(m.flat());
  return {
    n: spec.x.length,
    dIn: spec.x[0]!.length,
    h: spec.b1.length,
    dOut: spec.b2.length,
    x: flat(spec.x),
    y: flat(spec.y),
    W1: flat(spec.W1),
    b1: Float64Array.from(spec.b1),
    W2: flat(spec.W2),
    b2: Float64Array.from(spec.b2),
  };
}

type Kind = "tanh-bce" | "relu-softmax";

/** Offsets of the thirteen results inside the one output buffer, in QUANTITY_ORDER. */
function layout(p: Packed) {
  const { n, dIn, h, dOut } = p;
  const sizes = [n * h, n * h, n * dOut, n * dOut, 1, n * dOut, h * dOut, dOut, n * h, n * h, dIn * h, h, n * dIn];
  const offsets: number[] = [];
  let total = 0;
  for (const size of sizes) {
    offsets.push(total);
    total += size;
  }
  const [z1, a1, z2, a2, L, dz2, dW2, db2, da1, dz1, dW1, db1, dx] = offsets as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { total, z1, a1, z2, a2, L, dz2, dW2, db2, da1, dz1, dW1, db1, dx };
}

/** tanh hidden layer, sigmoid output with bce, everything inlined. */
function baselineTanhBce(p: Packed, w: Workspace): Float64Array {
  const { n, dIn, h, dOut, x, y, W1, b1, W2, b2 } = p;
  const { o, out } = w;
  out.fill(0); // the gradient sums accumulate into it
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < h; j++) {
      let s = b1[j]!;
      for (let k = 0; k < dIn; k++) s += x[i * dIn + k]! * W1[k * h + j]!;
      out[o.z1 + i * h + j] = s;
      out[o.a1 + i * h + j] = Math.tanh(s);
    }
  }
  const N = n * dOut;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dOut; j++) {
      let z = b2[j]!;
      for (let k = 0; k < h; k++) z += out[o.a1 + i * h + k]! * W2[k * dOut + j]!;
      out[o.z2 + i * dOut + j] = z;
      const t = y[i * dOut + j]!;
      const e = Math.exp(-Math.abs(z));
      const a = z >= 0 ? 1 / (1 + e) : e / (1 + e);
      out[o.a2 + i * dOut + j] = a;
      loss += (z > 0 ? z : 0) - z * t + Math.log1p(e);
      out[o.dz2 + i * dOut + j] = (a - t) / N;
    }
  }
  out[o.L] = loss / N;
  backwardInto(p, out, o, true);
  return out;
}

/** relu hidden layer, softmax cross-entropy, everything inlined. */
function baselineReluSoftmax(p: Packed, w: Workspace): Float64Array {
  const { n, dIn, h, dOut, x, y, W1, b1, W2, b2 } = p;
  const { o, out } = w;
  out.fill(0); // the gradient sums accumulate into it
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < h; j++) {
      let s = b1[j]!;
      for (let k = 0; k < dIn; k++) s += x[i * dIn + k]! * W1[k * h + j]!;
      out[o.z1 + i * h + j] = s;
      out[o.a1 + i * h + j] = s > 0 ? s : 0;
    }
  }
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let j = 0; j < dOut; j++) {
      let z = b2[j]!;
      for (let k = 0; k < h; k++) z += out[o.a1 + i * h + k]! * W2[k * dOut + j]!;
      out[o.z2 + i * dOut + j] = z;
      if (z > m) m = z;
    }
    let se = 0;
    for (let j = 0; j < dOut; j++) se += Math.exp(out[o.z2 + i * dOut + j]! - m);
    const lse = m + Math.log(se);
    for (let j = 0; j < dOut; j++) {
      const z = out[o.z2 + i * dOut + j]!;
      const t = y[i * dOut + j]!;
      const a = Math.exp(z - lse);
      out[o.a2 + i * dOut + j] = a;
      loss -= t * (z - lse);
      out[o.dz2 + i * dOut + j] = (a - t) / n;
    }
  }
  out[o.L] = loss / n;
  backwardInto(p, out, o, false);
  return out;
}

/** From dz2 down to dx; tanh′ = 1 − a² or relu′ = [z > 0] chosen once per call. */
function backwardInto(p: Packed, out: Float64Array, o: ReturnType<typeof layout>, tanh: boolean): void {
  const { n, dIn, h, dOut, x, W1, W2 } = p;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < h; k++) {
      const ak = out[o.a1 + i * h + k]!;
      let g = 0;
      for (let j = 0; j < dOut; j++) {
        const d = out[o.dz2 + i * dOut + j]!;
        out[o.dW2 + k * dOut + j]! += ak * d;
        g += d * W2[k * dOut + j]!;
      }
      out[o.da1 + i * h + k] = g;
      out[o.dz1 + i * h + k] = tanh ? g * (1 - ak * ak) : out[o.z1 + i * h + k]! > 0 ? g : 0;
    }
    for (let j = 0; j < dOut; j++) out[o.db2 + j]! += out[o.dz2 + i * dOut + j]!;
  }
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < dIn; k++) {
      const xk = x[i * dIn + k]!;
      let g = 0;
      for (let j = 0; j < h; j++) {
        const d = out[o.dz1 + i * h + j]!;
        out[o.dW1 + k * h + j]! += xk * d;
        g += d * W1[k * h + j]!;
      }
      out[o.dx + i * dIn + k] = g;
    }
    for (let j = 0; j < h; j++) out[o.db1 + j]! += out[o.dz1 + i * h + j]!;
  }
}

/** Allocated once per net and reused by every call: the fastest a hand-written version gets. */
interface Workspace {
  o: ReturnType<typeof layout>;
  out: Float64Array;
}

function workspace(p: Packed): Workspace {
  const o = layout(p);
  return { o, out: new Float64Array(o.total) };
}

const BASELINES: Record<Kind, (p: Packed, w: Workspace) => Float64Array> = {
  "tanh-bce": baselineTanhBce,
  "relu-softmax": baselineReluSoftmax,
};

interface Case {
  name: string;
  spec: TwoLayerSpec;
  kind: Kind;
}

function cases(): Case[] {
  return [
    {
      name: "2-2-1, batch 4 (tanh, sigmoid+bce, XOR)",
      spec: generateInstance(
        { dIn: 2, h: 2, dOut: 1, n: 4, hidden: "tanh", output: "sigmoid", loss: "bce", targets: "xor" },
        1,
      ),
      kind: "tanh-bce",
    },
    {
      name: "8-16-4, batch 32 (relu, softmax_ce)",
      spec: generateInstance(
        { dIn: 8, h: 16, dOut: 4, n: 32, hidden: "relu", output: "identity", loss: "softmax_ce", decimals: 2 },
        2,
      ),
      kind: "relu-softmax",
    },
  ];
}

/** Refuses to time a baseline that computes something else. */
function assertSameResults(c: Case, packed: Packed): void {
  const r = backprop(c.spec);
  const mine = [r.z1, r.a1, r.z2, r.a2, [[r.loss]], r.dz2, r.dW2, [r.db2], r.da1, r.dz1, r.dW1, [r.db1], r.dx].flatMap(
    (m) => m.flat(),
  );
  const theirs = BASELINES[c.kind](packed, workspace(packed));
  if (mine.length !== theirs.length) throw new Error(`${c.name}: baseline layout differs`);
  mine.forEach((v, i) => {
    if (Math.abs(v - theirs[i]!) > 1e-12 * Math.max(1, Math.abs(v))) {
      throw new Error(`${c.name}: baseline entry ${i} is ${theirs[i]}, engine says ${v}`);
    }
  });
}

/** Calls per timed round: enough that a round takes ~20 ms and timer noise vanishes. */
function calibrate(fn: () => number): number {
  let iterations = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    if (performance.now() - t0 > 20) return iterations;
    iterations *= 2;
  }
}

/**
 * ns per call for a and b, timed in alternating rounds so both see the same machine
 * load, keeping each one's fastest round: on a shared machine, noise only ever adds time.
 */
function timePair(a: () => number, b: () => number, rounds = 11): [number, number] {
  const itA = calibrate(a);
  const itB = calibrate(b);
  let bestA = Infinity;
  let bestB = Infinity;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (let i = 0; i < itA; i++) sink += a();
    bestA = Math.min(bestA, ((performance.now() - t0) * 1e6) / itA);
    t0 = performance.now();
    for (let i = 0; i < itB; i++) sink += b();
    bestB = Math.min(bestB, ((performance.now() - t0) * 1e6) / itB);
  }
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the results alive");
  return [bestA, bestB];
}

export async function runEngineBench(): Promise<EngineBenchRow[]> {
  const rows: EngineBenchRow[] = [];
  for (const c of cases()) {
    const packed = pack(c.spec);
    assertSameResults(c, packed);
    const base = BASELINES[c.kind];
    const ws = workspace(packed);
    const [engineNsPerCall, baselineNsPerCall] = timePair(
      () => backprop(c.spec).loss,
      () => base(packed, ws)[0]!,
    );
    rows.push({ name: c.name, engineNsPerCall, baselineNsPerCall, ratio: engineNsPerCall / baselineNsPerCall });
    await new Promise((resolve) => setTimeout(resolve, 0)); // let a caller's event loop breathe
  }
  return rows;
}

export function formatEngineBench(rows: EngineBenchRow[]): string {
  const lines = [
    "net                                       engine ns/call   Float64Array ns/call   ratio",
    ...rows.map(
      (r) =>
        `${r.name.padEnd(42)}${r.engineNsPerCall.toFixed(0).padStart(14)}${r.baselineNsPerCall.toFixed(0).padStart(23)}${r.ratio.toFixed(2).padStart(8)}×`,
    ),
  ];
  return lines.join("\n");
}

// Print only when run directly, so an overall bench can import runEngineBench quietly.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runEngineBench().then((rows) => console.log(formatEngineBench(rows)));
}
