/**
 * The two-layer network, forward then backward, wired from the op table in ops.ts.
 *
 *   z1 = x·W1 + b1     a1 = hidden(z1)
 *   z2 = a1·W2 + b2    a2 = output(z2) (sigmoid / softmax when fused into bce / softmax_ce)
 *   L  = loss(z2, a2, y)
 */
import { EngineInputError } from "./errors";
import { activationBackward, activationForward, affine } from "./ops";
import type { BackpropResult, Matrix, TwoLayerSpec } from "./types";
import { validateSpec, type ValidSpec } from "./validate";

export type ForwardResult = Pick<BackpropResult, "z1" | "a1" | "z2" | "a2" | "loss">;

export function forwardValid(v: ValidSpec): ForwardResult {
  const { x, y, W1, b1, W2, b2 } = v.spec;
  const z1 = affine.forward(x, W1, b1);
  const a1 = activationForward(v.hidden, z1);
  const z2 = affine.forward(a1, W2, b2);
  const a2 = v.loss.predict(z2, v.output);
  const loss = v.loss.forward(z2, a2, y);
  return { z1, a1, z2, a2, loss };
}

/** Only the forward pass (validated); what finite differences need. */
export function forward(spec: TwoLayerSpec): ForwardResult {
  const out = forwardValid(validateSpec(spec));
  const { z1, a1, z2, a2, loss } = out;
  if (!(loss * 0 === 0 && allFinite([z1, a1, z2, a2]))) overflow(out);
  return out;
}

export function backprop(spec: TwoLayerSpec): BackpropResult {
  const v = validateSpec(spec);
  const { x, y, W1, W2 } = v.spec;
  const { z1, a1, z2, a2, loss } = forwardValid(v);

  const dz2 = v.loss.backward(z2, a2, y, v.output);
  const { dx: da1, dW: dW2, db: db2 } = affine.backward(a1, W2, dz2);
  const dz1 = activationBackward(v.hidden, z1, a1, da1);
  const { dx, dW: dW1, db: db1 } = affine.backward(x, W1, dz1);

  const result: BackpropResult = { z1, a1, z2, a2, loss, dz2, dW2, db2, da1, dz1, dW1, db1, dx };
  // Finite inputs can still overflow (entries near 1e200 multiply to Infinity), and the
  // engine promises never to hand back NaN or ±Infinity, so every entry is checked.
  const finite = loss * 0 === 0 && allFinite([z1, a1, z2, a2, dz2, dW2, [db2], da1, dz1, dW1, [db1], dx]);
  if (!finite) overflow(result);
  return result;
}

/**
 * v·0 is 0 for every finite v and NaN for ±Infinity and NaN.
 *
 * One loop over a list, not a call per matrix: V8 inlines calls into backprop under a
 * shared size budget, and a dozen small probe calls used it up before the backward ops,
 * which then ran as separate calls (2-2-1 bench ratio ~2.75x → ~2.5x).
 */
function allFinite(matrices: Matrix[]): boolean {
  for (let m = 0; m < matrices.length; m++) {
    const rows = matrices[m]!;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      for (let j = 0; j < row.length; j++) if (row[j]! * 0 !== 0) return false;
    }
  }
  return true;
}

/** Reports overflow as bad input, naming the first quantity it reached. */
function overflow(result: Partial<BackpropResult>): never {
  const bad = Object.entries(result).find(([, value]) => [value].flat(2).some((x) => !Number.isFinite(x)));
  throw new EngineInputError(
    "spec",
    `the numbers are too large: ${bad?.[0] ?? "a result"} overflowed to a non-finite value; scale x and the weights down`,
  );
}
