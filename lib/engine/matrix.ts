/**
 * Small dense-matrix helpers on plain `number[][]` (row-major, one example per row), for
 * the mistake variants and checks built around backprop (its own hot loops live in ops.ts).
 *
 * They trust the shapes: callers pass validated specs or values derived from them, so
 * the `!` after indexing is safe.
 */
import type { Matrix, Vector } from "./types";

export function shapeOf(m: Matrix): [rows: number, cols: number] {
  return [m.length, m[0]?.length ?? 0];
}

/** a·b — (r×k)·(k×c). */
export function matmul(a: Matrix, b: Matrix): Matrix {
  const rows = a.length;
  const inner = b.length;
  const cols = b[0]!.length;
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) {
    const ai = a[i]!;
    const row: number[] = [];
    for (let j = 0; j < cols; j++) row.push(0);
    // i-k-j order walks b row by row, which keeps the innermost loop on one array.
    for (let k = 0; k < inner; k++) {
      const aik = ai[k]!;
      const bk = b[k]!;
      for (let j = 0; j < cols; j++) row[j]! += aik * bk[j]!;
    }
    out.push(row);
  }
  return out;
}

/** aᵀ·b without materialising aᵀ — (k×r)ᵀ·(k×c) = r×c. This is how every dW is formed. */
export function matmulTransA(a: Matrix, b: Matrix): Matrix {
  const rows = a[0]!.length;
  const inner = a.length;
  const cols = b[0]!.length;
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) row.push(0);
    out.push(row);
  }
  for (let k = 0; k < inner; k++) {
    const ak = a[k]!;
    const bk = b[k]!;
    for (let i = 0; i < rows; i++) {
      const aki = ak[i]!;
      const row = out[i]!;
      for (let j = 0; j < cols; j++) row[j]! += aki * bk[j]!;
    }
  }
  return out;
}

/** a·bᵀ without materialising bᵀ — (r×k)·(c×k)ᵀ = r×c. This is how every upstream gradient (da1, dx) is formed. */
export function matmulTransB(a: Matrix, b: Matrix): Matrix {
  const rows = a.length;
  const cols = b.length;
  const inner = b[0]!.length;
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) {
    const ai = a[i]!;
    const row: number[] = [];
    for (let j = 0; j < cols; j++) {
      const bj = b[j]!;
      let s = 0;
      for (let k = 0; k < inner; k++) s += ai[k]! * bj[k]!;
      row.push(s);
    }
    out.push(row);
  }
  return out;
}

export function transpose(m: Matrix): Matrix {
  const [rows, cols] = shapeOf(m);
  const out: Matrix = [];
  for (let j = 0; j < cols; j++) {
    const row: number[] = [];
    for (let i = 0; i < rows; i++) row.push(m[i]![j]!);
    out.push(row);
  }
  return out;
}

/** Σ over rows — the batch sum that turns a per-example gradient into a bias gradient. */
export function columnSums(m: Matrix): Vector {
  const cols = m[0]!.length;
  const out: Vector = [];
  for (let j = 0; j < cols; j++) out.push(0);
  for (let i = 0; i < m.length; i++) {
    const mi = m[i]!;
    for (let j = 0; j < cols; j++) out[j]! += mi[j]!;
  }
  return out;
}

export function mapMatrix(m: Matrix, f: (v: number) => number): Matrix {
  const out: Matrix = [];
  for (let i = 0; i < m.length; i++) {
    const mi = m[i]!;
    const row: number[] = [];
    for (let j = 0; j < mi.length; j++) row.push(f(mi[j]!));
    out.push(row);
  }
  return out;
}

export function zipMatrix(a: Matrix, b: Matrix, f: (x: number, y: number) => number): Matrix {
  const out: Matrix = [];
  for (let i = 0; i < a.length; i++) {
    const ai = a[i]!;
    const bi = b[i]!;
    const row: number[] = [];
    for (let j = 0; j < ai.length; j++) row.push(f(ai[j]!, bi[j]!));
    out.push(row);
  }
  return out;
}

export function scaleMatrix(m: Matrix, k: number): Matrix {
  return mapMatrix(m, (v) => v * k);
}

export function cloneMatrix(m: Matrix): Matrix {
  return m.map((row) => row.slice());
}
