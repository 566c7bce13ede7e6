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
  assertAllFinite(out);
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
  assertAllFinite(result);
  return result;
}

/**
 * Finite inputs can still overflow (entries near 1e200 multiply to Infinity), and the
 * engine promises never to hand back NaN or ±Infinity, so that is reported as bad input.
 */
function assertAllFinite(result: Partial<BackpropResult>): void {
  // v·0 is 0 for every finite v and NaN otherwise, so one accumulator checks everything
  // without a branch per entry.
  let probe = 0;
  for (const value of Object.values(result)) probe += sumTimesZero(value);
  if (probe === 0) return;
  for (const [key, value] of Object.entries(result)) {
    if (sumTimesZero(value) !== 0) {
      throw new EngineInputError(
        "spec",
        `the numbers are too large: ${key} overflowed to a non-finite value; scale x and the weights down`,
      );
    }
  }
}

function sumTimesZero(value: number | number[] | Matrix | undefined): number {
  if (value === undefined) return 0;
  if (typeof value === "number") return value * 0;
  let probe = 0;
  for (let i = 0; i < value.length; i++) {
    const row = value[i]!;
    if (typeof row === "number") probe += row * 0;
    else for (let j = 0; j < row.length; j++) probe += row[j]! * 0;
  }
  return probe;
}
