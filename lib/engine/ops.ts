/**
 * The op table: every building block of the two-layer net with its forward step and its
 * local derivative next to each other, micrograd style. backprop.ts only wires these up.
 */
import type { Activation, Loss, Matrix, Vector } from "./types";

/**
 * An exact-size row to fill by index. `new Array(n)` reserves n slots where a first `push`
 * reserves ~17; on small nets that allocation churn is a large share of the run time.
 *
 * Rows of numbers and matrices (rows of rows) come from two different functions on
 * purpose: V8 remembers per `new Array` site what kind of elements its arrays end up
 * holding, and one site shared by both would make every number row generic, storing each
 * entry as a separately allocated heap number (measured: backprop ~1.4x slower on a 2-2-1 net).
 */
export function newRow(length: number): number[] {
  return new Array<number>(length);
}

function newMatrix(rows: number): Matrix {
  return new Array<Vector>(rows);
}

/** A loop rather than `.fill(0)`: for a handful of entries the builtin's call costs more than the work. */
function zeros(length: number): number[] {
  const row = newRow(length);
  for (let j = 0; j < length; j++) row[j] = 0;
  return row;
}

// ---------------------------------------------------------------------------------------
// Element-wise activations
// ---------------------------------------------------------------------------------------

export interface ActivationOp {
  forward(z: number): number;
  /**
   * da/dz at one entry. It receives both z and a = forward(z) so each op can use the form
   * that is exact and cheap: sigmoid and tanh reuse a, relu needs z to see the kink.
   */
  derivative(z: number, a: number): number;
}

/**
 * exp of a large positive number overflows, so branch on the sign and only ever
 * exponentiate a non-positive number: the result stays in [0, 1] with no Infinity/Infinity.
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/*
 * Each activation is its own small class rather than an object literal. With literals all
 * four ops share one hidden class, so V8 sees a single call site `op.forward(z)` with
 * changing targets and never inlines it: every entry then pays a real call that boxes its
 * double argument and result. With one class per op the method lookup is polymorphic over
 * (at most four) shapes, each resolving to a known function, and V8 inlines them all.
 */
class Identity implements ActivationOp {
  forward(z: number): number {
    return z;
  }
  derivative(): number {
    return 1;
  }
}

class Relu implements ActivationOp {
  forward(z: number): number {
    return z > 0 ? z : 0;
  }
  // Slope exactly at 0 is taken as 0, the same subgradient PyTorch uses.
  derivative(z: number): number {
    return z > 0 ? 1 : 0;
  }
}

class Sigmoid implements ActivationOp {
  forward(z: number): number {
    return sigmoid(z);
  }
  // σ' = σ(1 − σ): reusing a avoids a second exp and stays exact when σ saturates.
  derivative(_z: number, a: number): number {
    return a * (1 - a);
  }
}

class Tanh implements ActivationOp {
  forward(z: number): number {
    return Math.tanh(z);
  }
  derivative(_z: number, a: number): number {
    return 1 - a * a;
  }
}

export const ACTIVATIONS: Record<Activation, ActivationOp> = {
  identity: new Identity(),
  relu: new Relu(),
  sigmoid: new Sigmoid(),
  tanh: new Tanh(),
};

/** upstream ⊙ f'(z): the chain rule through an element-wise activation. */
export function activationBackward(op: ActivationOp, z: Matrix, a: Matrix, upstream: Matrix): Matrix {
  const out: Matrix = newMatrix(z.length);
  for (let i = 0; i < z.length; i++) {
    const zi = z[i]!;
    const ai = a[i]!;
    const gi = upstream[i]!;
    const row = newRow(zi.length);
    // + 0 turns the −0 of (negative upstream)·0 into 0, so a dead unit reads as 0, not −0.
    for (let j = 0; j < zi.length; j++) row[j] = gi[j]! * op.derivative(zi[j]!, ai[j]!) + 0;
    out[i] = row;
  }
  return out;
}

export function activationForward(op: ActivationOp, z: Matrix): Matrix {
  const out: Matrix = newMatrix(z.length);
  for (let i = 0; i < z.length; i++) {
    const zi = z[i]!;
    const row = newRow(zi.length);
    for (let j = 0; j < zi.length; j++) row[j] = op.forward(zi[j]!);
    out[i] = row;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Affine layer  z = x·W + b
// ---------------------------------------------------------------------------------------

export const affine = {
  forward(x: Matrix, W: Matrix, b: Vector): Matrix {
    const dIn = W.length;
    const dOut = b.length;
    const out: Matrix = newMatrix(x.length);
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!;
      // Starting each row from b fuses the bias add into the product.
      const row = newRow(dOut);
      for (let j = 0; j < dOut; j++) row[j] = b[j]!;
      for (let k = 0; k < dIn; k++) {
        const xik = xi[k]!;
        const Wk = W[k]!;
        for (let j = 0; j < dOut; j++) row[j]! += xik * Wk[j]!;
      }
      out[i] = row;
    }
    return out;
  },

  /**
   * Given δ = ∂L/∂z: the input gradient routes δ back through the weights (δ·Wᵀ), the
   * weight gradient pairs each input with its δ (xᵀ·δ), and the bias, which every
   * example shares, collects δ summed over the batch.
   *
   * All three in one pass over the examples: each (example, input, unit) triple adds
   * its share to dW and to dx at once, as a per-example reading of the formulas.
   */
  backward(x: Matrix, W: Matrix, dz: Matrix): { dx: Matrix; dW: Matrix; db: Vector } {
    const n = x.length;
    const dIn = W.length;
    const dOut = W[0]!.length;
    const dW: Matrix = newMatrix(dIn);
    for (let k = 0; k < dIn; k++) dW[k] = zeros(dOut);
    const db = zeros(dOut);
    const dx: Matrix = newMatrix(n);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const gi = dz[i]!;
      const dxi = newRow(dIn);
      for (let k = 0; k < dIn; k++) {
        const xik = xi[k]!;
        const Wk = W[k]!;
        const dWk = dW[k]!;
        let s = 0;
        for (let j = 0; j < dOut; j++) {
          const g = gi[j]!;
          dWk[j]! += xik * g; // (xᵀ·δ)[k][j]
          s += g * Wk[j]!; // (δ·Wᵀ)[i][k]
        }
        dxi[k] = s;
      }
      dx[i] = dxi;
      for (let j = 0; j < dOut; j++) db[j]! += gi[j]!;
    }
    return { dx, dW, db };
  },
};

// ---------------------------------------------------------------------------------------
// Losses (each owns how a2 is read off z2, since bce and softmax_ce fuse the output
// non-linearity into the loss for stability)
// ---------------------------------------------------------------------------------------

export interface LossOp {
  /** The output activation this loss is defined against, or null when any fits. */
  requiredOutput: Activation | null;
  /** a2, the prediction shown to the learner. */
  predict(z2: Matrix, output: ActivationOp): Matrix;
  forward(z2: Matrix, a2: Matrix, y: Matrix): number;
  /** ∂L/∂z2 — straight to the logits, through the output activation. */
  backward(z2: Matrix, a2: Matrix, y: Matrix, output: ActivationOp): Matrix;
}

function entryCount(m: Matrix): number {
  return m.length * m[0]!.length;
}

export const LOSSES: Record<Loss, LossOp> = {
  mse: {
    requiredOutput: null,
    predict: (z2, output) => activationForward(output, z2),
    forward(_z2, a2, y) {
      let s = 0;
      for (let i = 0; i < a2.length; i++) {
        const ai = a2[i]!;
        const yi = y[i]!;
        for (let j = 0; j < ai.length; j++) {
          const r = ai[j]! - yi[j]!;
          s += r * r;
        }
      }
      return s / entryCount(a2);
    },
    backward(z2, a2, y, output) {
      // The mean is over every entry, so each one carries 2/N; then through the output σ'.
      const k = 2 / entryCount(a2);
      const out: Matrix = newMatrix(a2.length);
      for (let i = 0; i < a2.length; i++) {
        const zi = z2[i]!;
        const ai = a2[i]!;
        const yi = y[i]!;
        const row = newRow(ai.length);
        for (let j = 0; j < ai.length; j++) {
          row[j] = k * (ai[j]! - yi[j]!) * output.derivative(zi[j]!, ai[j]!) + 0; // + 0: no −0
        }
        out[i] = row;
      }
      return out;
    },
  },

  bce: {
    requiredOutput: "sigmoid",
    predict: (z2) => activationForward(ACTIVATIONS.sigmoid, z2),
    forward(z2, _a2, y) {
      // Written in terms of the logit: max(z,0) − z·y + log(1 + e^{−|z|}) never takes
      // log(0), which log(σ(z)) would do once σ rounds to 0 or 1 (|z| ≳ 37).
      let s = 0;
      for (let i = 0; i < z2.length; i++) {
        const zi = z2[i]!;
        const yi = y[i]!;
        for (let j = 0; j < zi.length; j++) {
          const z = zi[j]!;
          s += (z > 0 ? z : 0) - z * yi[j]! + Math.log1p(Math.exp(-Math.abs(z)));
        }
      }
      return s / entryCount(z2);
    },
    backward(_z2, a2, y) {
      // σ' cancels against BCE's 1/(a(1−a)) leaving (a − y)/N; going through the chain
      // literally would divide by a(1−a) = 0 once σ saturates.
      const k = 1 / entryCount(a2);
      const out: Matrix = newMatrix(a2.length);
      for (let i = 0; i < a2.length; i++) {
        const ai = a2[i]!;
        const yi = y[i]!;
        const row = newRow(ai.length);
        for (let j = 0; j < ai.length; j++) row[j] = k * (ai[j]! - yi[j]!);
        out[i] = row;
      }
      return out;
    },
  },

  softmax_ce: {
    requiredOutput: "identity",
    predict(z2) {
      const out: Matrix = newMatrix(z2.length);
      for (let i = 0; i < z2.length; i++) {
        const zi = z2[i]!;
        // Shifting by the row max keeps every exp ≤ 1; softmax is shift-invariant.
        const m = rowMax(zi);
        const row = newRow(zi.length);
        let s = 0;
        for (let j = 0; j < zi.length; j++) {
          const e = Math.exp(zi[j]! - m);
          row[j] = e;
          s += e;
        }
        for (let j = 0; j < row.length; j++) row[j]! /= s;
        out[i] = row;
      }
      return out;
    },
    forward(z2, _a2, y) {
      // log softmax(z) = z − logsumexp(z), with logsumexp shifted by the max, so a logit
      // of −1000 gives a finite −1000-ish log-probability instead of log(0).
      let s = 0;
      for (let i = 0; i < z2.length; i++) {
        const zi = z2[i]!;
        const yi = y[i]!;
        const m = rowMax(zi);
        let sumExp = 0;
        for (let j = 0; j < zi.length; j++) sumExp += Math.exp(zi[j]! - m);
        const lse = m + Math.log(sumExp);
        for (let j = 0; j < zi.length; j++) {
          const yj = yi[j]!;
          // Skipping y = 0 terms avoids 0·(−∞)-style products entirely.
          if (yj !== 0) s -= yj * (zi[j]! - lse);
        }
      }
      return s / z2.length;
    },
    backward(_z2, a2, y) {
      // (softmax·Σy − y)/n. Σy is 1 for valid targets; keeping it makes the gradient exact
      // for soft targets whose float sum is a hair off 1.
      const k = 1 / a2.length;
      const out: Matrix = newMatrix(a2.length);
      for (let i = 0; i < a2.length; i++) {
        const ai = a2[i]!;
        const yi = y[i]!;
        let sy = 0;
        for (let j = 0; j < yi.length; j++) sy += yi[j]!;
        const row = newRow(ai.length);
        for (let j = 0; j < ai.length; j++) row[j] = k * (ai[j]! * sy - yi[j]!);
        out[i] = row;
      }
      return out;
    },
  },
};

function rowMax(row: Vector): number {
  let m = row[0]!;
  for (let j = 1; j < row.length; j++) if (row[j]! > m) m = row[j]!;
  return m;
}
