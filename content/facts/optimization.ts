// Computable numbers the optimization deck states: its items and theory page write `<Fact k="…" />` in prose or
// `\fact{…}` inside math, and tests/content/facts.test.ts recomputes each one here.
import {
  learningRateAt,
  optimizerStep,
  type OptimizerConfig,
  type OptimizerState,
  type StepResult,
  type Vec2,
} from "@/lib/calculators";
import type { Fact } from "@/lib/content/fact-types";

/** Runs a 2-D optimizer from the calculators for `steps` ≥ 1 steps with a constant gradient; returns the last step. */
function runConstant(config: OptimizerConfig, grad: number, steps: number, theta0 = 0): StepResult {
  let params: Vec2 = [theta0, theta0];
  let state: OptimizerState | undefined;
  let last: StepResult | undefined;
  for (let t = 0; t < steps; t++) {
    last = optimizerStep(config, params, [grad, grad], state);
    params = last.params;
    state = last.state;
  }
  return last!;
}

/**
 * PyTorch momentum v ← βv + g from v₀ = 0 with g = 1: the velocity after `steps` steps, in units of g. The velocity
 * does not depend on θ, so θ stays put (a long run would otherwise leave the calculator's coordinate range).
 */
function momentumVelocity(steps: number, beta = 0.9): number {
  let state: OptimizerState | undefined;
  for (let t = 0; t < steps; t++) state = optimizerStep({ kind: "momentum", lr: 1, beta }, [0, 0], [1, 1], state).state;
  return state!.velocity[0];
}

/** mcq-adam-first-step-size: Adam at η = 10⁻³ (defaults β₁ 0.9, β₂ 0.999, ε 10⁻⁸), g = 0.02 at step 1. */
const ADAM_LR = 1e-3;
const ADAM_G = 0.02;
const adamFirst = () => runConstant({ kind: "adam", lr: ADAM_LR }, ADAM_G, 1);
const adamM1 = () => adamFirst().adam!.m[0];
const adamV1 = () => adamFirst().adam!.v[0];
const adamAt = (t: number) => runConstant({ kind: "adam", lr: ADAM_LR }, ADAM_G, t).adam!;

/** The cosine schedules of the deck: 10⁻³ over 10,000 steps, without warmup, to 0 or to 10⁻⁵. */
const cosineLr = (step: number, minLr = 0) =>
  learningRateAt({ kind: "warmup_cosine", lr: 1e-3, warmupSteps: 0, totalSteps: 10_000, minLr }, step).lr;
const cosineFactor = (step: number) =>
  learningRateAt({ kind: "warmup_cosine", lr: 1, warmupSteps: 0, totalSteps: 10_000, minLr: 0 }, step).lr;
const linearLr = (step: number) => learningRateAt({ kind: "linear", lr: 1e-3, totalSteps: 10_000 }, step).lr;

/** f(w) = 2w² = (a/2)w² has a = f″ = 4; one gradient step multiplies w by 1 − ηa. */
const QUAD_A = 2 * 2;
const quadFactor = (lr: number) => 1 - lr * QUAD_A;

/** f(x, y) = x² − y² from (1, 10⁻⁶) at η = 0.1: gradient descent multiplies x by 1 − 2η and y by 1 + 2η per step. */
const SADDLE_LR = 0.1;
function saddleAfter(steps: number) {
  let [x, y] = [1, 1e-6];
  for (let t = 0; t < steps; t++) [x, y] = [x - SADDLE_LR * 2 * x, y - SADDLE_LR * -2 * y];
  return { x, y, gradNorm: Math.hypot(2 * x, -2 * y) };
}

export const optimizationFacts = {
  "adam-bias-correction-m-step-1": {
    stated: 10,
    digits: 2,
    what: "1/(1 − 0.9): Adam's first-moment correction at step 1",
    compute: () => 1 / adamFirst().adam!.bias1,
  },
  "adam-bias-correction-v-step-1": {
    stated: 1000,
    digits: 3,
    what: "1/(1 − 0.999): Adam's second-moment correction at step 1",
    compute: () => 1 / adamFirst().adam!.bias2,
  },
  "cosine-factor-quarter": {
    stated: 0.854,
    digits: 3,
    what: "½(1 + cos(π/4)): cosine decay a quarter of the way (schedule at lr 1, no floor)",
    compute: () => cosineFactor(2_500),
  },
  "cosine-factor-three-quarters": {
    stated: 0.146,
    digits: 3,
    what: "½(1 + cos(3π/4)): cosine decay three quarters of the way",
    compute: () => cosineFactor(7_500),
  },
  "op-cosine-factor-start": { stated: 1, digits: 1, what: "½(1 + cos 0)", compute: () => cosineFactor(0) },
  "op-cosine-factor-half": { stated: 0.5, digits: 1, what: "½(1 + cos(π/2))", compute: () => cosineFactor(5_000) },
  "op-cosine-factor-end": { stated: 0, digits: 1, what: "½(1 + cos π)", compute: () => cosineFactor(10_000) },
  "op-cos-pi-over-4": { stated: 0.707, digits: 3, what: "cos(π/4)", compute: () => Math.cos(Math.PI / 4) },
  "op-cosine-lr-2500-e4": {
    stated: 8.5,
    digits: 2,
    what: "cosine lr (10⁻³ → 0 over 10,000 steps) at step 2,500, in units of 10⁻⁴",
    compute: () => cosineLr(2_500) / 1e-4,
  },
  "op-cosine-lr-7500-e4": {
    stated: 1.46,
    digits: 3,
    what: "cosine lr (10⁻³ → 0 over 10,000 steps) at step 7,500, in units of 10⁻⁴",
    compute: () => cosineLr(7_500) / 1e-4,
  },
  "op-quarter-of-run": { stated: 0.25, digits: 2, what: "t/T = 2,500/10,000", compute: () => 2_500 / 10_000 },
  "op-linear-lr-2500-e4": {
    stated: 7.5,
    digits: 2,
    what: "linear decay 10⁻³ → 0 over 10,000 steps at step 2,500, in units of 10⁻⁴",
    compute: () => linearLr(2_500) / 1e-4,
  },
  "op-cosine-no-half-lr-2500-e4": {
    stated: 7.1,
    digits: 2,
    what: "mistake: η_max·cos(πt/T) at t/T = ¼ without the ½(1 + ·), in units of 10⁻⁴",
    compute: () => (1e-3 * Math.cos((Math.PI * 2_500) / 10_000)) / 1e-4,
  },
  "op-cosine-lr-5000-e4": {
    stated: 5,
    digits: 1,
    what: "cosine lr (10⁻³ → 0 over 10,000 steps) at the midpoint, in units of 10⁻⁴",
    compute: () => cosineLr(5_000) / 1e-4,
  },
  "op-cosine-midpoint-step": { stated: 5000, digits: 4, what: "T/2 for T = 10,000", compute: () => 10_000 / 2 },
  "op-cosine-floor-lr-0-e3": {
    stated: 1,
    digits: 2,
    what: "cosine lr (10⁻³ → 10⁻⁵) at step 0, in units of 10⁻³",
    compute: () => cosineLr(0, 1e-5) / 1e-3,
  },
  "op-cosine-floor-lr-2500-e4": {
    stated: 8.55,
    digits: 3,
    what: "cosine lr (10⁻³ → 10⁻⁵) at step 2,500, in units of 10⁻⁴",
    compute: () => cosineLr(2_500, 1e-5) / 1e-4,
  },
  "op-cosine-floor-lr-5000-e4": {
    stated: 5.05,
    digits: 3,
    what: "cosine lr (10⁻³ → 10⁻⁵) at step 5,000, in units of 10⁻⁴",
    compute: () => cosineLr(5_000, 1e-5) / 1e-4,
  },
  "op-cosine-floor-lr-7500-e4": {
    stated: 1.55,
    digits: 3,
    what: "cosine lr (10⁻³ → 10⁻⁵) at step 7,500, in units of 10⁻⁴",
    compute: () => cosineLr(7_500, 1e-5) / 1e-4,
  },
  "op-cosine-floor-lr-10000": {
    stated: 0.00001,
    digits: 2,
    what: "cosine lr (10⁻³ → 10⁻⁵) at step 10,000",
    compute: () => cosineLr(10_000, 1e-5),
  },
  "op-adam-m1-fraction": {
    stated: 0.1,
    digits: 1,
    what: "m₁/g = 1 − β₁: Adam's uncorrected first moment after one step",
    compute: () => adamM1() / ADAM_G,
  },
  "op-adam-v1-fraction": {
    stated: 0.001,
    digits: 1,
    what: "v₁/g² = 1 − β₂: Adam's uncorrected second moment after one step",
    compute: () => adamV1() / ADAM_G ** 2,
  },
  "op-adam-m1-zero-share-percent": {
    stated: 90,
    digits: 2,
    what: "share (%) of m₁'s average that is the zero initialization, β₁·100",
    compute: () => 100 * (1 - adamM1() / ADAM_G),
  },
  "op-adam-v1-zero-share-percent": {
    stated: 99.9,
    digits: 3,
    what: "share (%) of v₁'s average that is the zero initialization, β₂·100",
    compute: () => 100 * (1 - adamV1() / ADAM_G ** 2),
  },
  "op-adam-m1-g002": { stated: 0.002, digits: 1, what: "Adam's m₁ for g = 0.02", compute: adamM1 },
  "op-adam-v1-g002": { stated: 4e-7, digits: 1, what: "Adam's v₁ for g = 0.02", compute: adamV1 },
  "op-adam-m1-hat-g002": {
    stated: 0.02,
    digits: 1,
    what: "Adam's m̂₁ for g = 0.02",
    compute: () => adamFirst().adam!.mHat[0],
  },
  "op-adam-v1-hat-g002": {
    stated: 0.0004,
    digits: 1,
    what: "Adam's v̂₁ for g = 0.02",
    compute: () => adamFirst().adam!.vHat[0],
  },
  "op-adam-sqrt-v1-hat-g002": {
    stated: 0.02,
    digits: 1,
    what: "√v̂₁ for g = 0.02",
    compute: () => Math.sqrt(adamFirst().adam!.vHat[0]),
  },
  "op-adam-first-step-g002": {
    stated: -0.001,
    digits: 1,
    what: "Adam's first update for g = 0.02, η = 10⁻³",
    compute: () => adamFirst().update[0],
  },
  "op-sgd-step-g002": {
    stated: -0.00002,
    digits: 1,
    // Shown as decimals beside the other choices (−0.001, −0.0001), so the sizes compare at a glance.
    notation: "plain",
    what: "mistake: plain SGD's step −ηg for g = 0.02, η = 10⁻³",
    compute: () => optimizerStep({ kind: "sgd", lr: ADAM_LR }, [0, 0], [ADAM_G, ADAM_G]).update[0],
  },
  "op-adam-sqrt-v1-g002": { stated: 0.000632, digits: 3, what: "√v₁ for g = 0.02", compute: () => Math.sqrt(adamV1()) },
  "op-adam-uncorrected-ratio-step-1": {
    stated: 3.16,
    digits: 3,
    what: "m₁/√v₁ without bias correction: (1 − β₁)/√(1 − β₂)",
    compute: () => adamM1() / Math.sqrt(adamV1()),
  },
  "op-adam-no-correction-step-g002": {
    stated: -0.00316,
    digits: 3,
    what: "mistake: Adam's first step with neither moment corrected",
    compute: () => -ADAM_LR * (adamM1() / (Math.sqrt(adamV1()) + 1e-8)),
  },
  "op-adam-m-uncorrected-ratio-g002": {
    stated: 0.1,
    digits: 1,
    what: "m₁/√v̂₁: only v bias-corrected",
    compute: () => adamM1() / Math.sqrt(adamFirst().adam!.vHat[0]),
  },
  "op-adam-v-only-correction-step-g002": {
    stated: -0.0001,
    digits: 1,
    what: "mistake: Adam's first step with only v corrected",
    compute: () => -ADAM_LR * (adamM1() / (Math.sqrt(adamFirst().adam!.vHat[0]) + 1e-8)),
  },
  "op-adam-worst-case-step-ratio": {
    stated: 3.16,
    digits: 3,
    what: "(1 − β₁)/√(1 − β₂): Adam's step over η for a sudden large gradient after a long run of tiny ones",
    compute: () => {
      // Long enough at a negligible gradient that both bias corrections are ≈ 1, then one gradient of 1.
      let m = 0;
      let v = 0;
      const steps = 20_000;
      for (let t = 1; t <= steps; t++) {
        const g = t === steps ? 1 : 0;
        m = 0.9 * m + (1 - 0.9) * g;
        v = 0.999 * v + (1 - 0.999) * g * g;
      }
      return m / (1 - 0.9 ** steps) / Math.sqrt(v / (1 - 0.999 ** steps));
    },
  },
  "op-adam-sqrt-one-minus-beta2": {
    stated: 0.0316,
    digits: 3,
    what: "√(1 − β₂) = √v₁/|g| for β₂ = 0.999",
    compute: () => Math.sqrt(adamV1()) / ADAM_G,
  },
  "op-adam-bias1-step-10": { stated: 0.651, digits: 3, what: "1 − 0.9¹⁰", compute: () => adamAt(10).bias1 },
  "op-adam-bias2-step-10": { stated: 0.00996, digits: 3, what: "1 − 0.999¹⁰", compute: () => adamAt(10).bias2 },
  "op-adam-uncorrected-ratio-step-10": {
    stated: 6.5,
    digits: 2,
    what: "m₁₀/√v₁₀ over its corrected value under a constant gradient: (1 − 0.9¹⁰)/√(1 − 0.999¹⁰)",
    compute: () => {
      const a = adamAt(10);
      return a.m[0] / Math.sqrt(a.v[0]) / (a.mHat[0] / Math.sqrt(a.vHat[0]));
    },
  },
  "op-adam-m-memory-steps": {
    stated: 10,
    digits: 2,
    what: "1/(1 − β₁), the memory of m in steps",
    compute: () => 1 / (1 - 0.9),
  },
  "op-adam-v-memory-steps": {
    stated: 1000,
    digits: 3,
    what: "1/(1 − β₂), the memory of v in steps",
    compute: () => 1 / (1 - 0.999),
  },
  "op-adam-memory-multiple": {
    stated: 3,
    digits: 1,
    what: "weights plus Adam's two moments, in multiples of the weights",
    compute: () => 1 + 2,
  },
  "op-momentum-memory-multiple": {
    stated: 2,
    digits: 1,
    what: "weights plus a momentum buffer, in multiples of the weights",
    compute: () => 1 + 1,
  },
  "op-adamw-decay-factor": {
    stated: 0.9999,
    digits: 4,
    what: "1 − ηλ with η = 10⁻³, λ = 0.1: AdamW's per-step shrink of a weight with no gradient",
    compute: () => runConstant({ kind: "adamw", lr: 1e-3, weightDecay: 0.1 }, 0, 1, 1).params[0],
  },
  "op-adamw-decay-exponent": {
    stated: -1,
    digits: 1,
    what: "−ηλ·10,000: the exponent of e in the remaining fraction",
    compute: () => -1e-3 * 0.1 * 10_000,
  },
  "op-adamw-remaining-10000": {
    stated: 0.37,
    digits: 2,
    what: "a weight with no gradient after 10,000 AdamW steps at η = 10⁻³, λ = 0.1",
    compute: () => runConstant({ kind: "adamw", lr: 1e-3, weightDecay: 0.1 }, 0, 10_000, 1).params[0],
  },
  "op-updates-per-epoch-50000-100": {
    stated: 500,
    digits: 3,
    what: "updates per epoch: N = 50,000 examples at batch 100",
    compute: () => 50_000 / 100,
  },
  "op-batch-ratio-64-256": { stated: 4, digits: 1, what: "256/64", compute: () => 256 / 64 },
  "op-noise-reduction-64-256": {
    stated: 2,
    digits: 1,
    what: "√(256/64): how much the gradient's std falls from batch 64 to 256",
    compute: () => Math.sqrt(256 / 64),
  },
  "op-noise-reduction-batch-x4": {
    stated: 2,
    digits: 1,
    what: "√4: how much quadrupling the batch divides the gradient noise by",
    compute: () => Math.sqrt(4),
  },
  "op-batch-ratio-256-2048": { stated: 8, digits: 1, what: "2048/256", compute: () => 2048 / 256 },
  "op-noise-reduction-256-2048": {
    stated: 2.8,
    digits: 2,
    what: "√8: how much less noisy the gradient is at batch 2048 than at 256",
    compute: () => Math.sqrt(2048 / 256),
  },
  "op-goyal-lr-8192": {
    stated: 3.2,
    digits: 2,
    what: "linear scaling: 0.1 at batch 256 scaled to batch 8192",
    compute: () => (0.1 * 8192) / 256,
  },
  "op-lsr-batch-ratio": { stated: 4, digits: 1, what: "1024/256", compute: () => 1024 / 256 },
  "op-lsr-lr-1024": {
    stated: 0.4,
    digits: 1,
    what: "linear scaling: 0.1 at batch 256 scaled to batch 1024",
    compute: () => (0.1 * 1024) / 256,
  },
  "op-lsr-sqrt-lr-1024": {
    stated: 0.2,
    digits: 1,
    what: "square-root rule: 0.1·√(1024/256)",
    compute: () => 0.1 * Math.sqrt(1024 / 256),
  },
  "op-lsr-inverse-lr-1024": {
    stated: 0.025,
    digits: 2,
    what: "mistake: scaling the rate down, 0.1·256/1024",
    compute: () => (0.1 * 256) / 1024,
  },
  "op-momentum-v1": {
    stated: 1,
    digits: 1,
    what: "momentum velocity after 1 step (units of g), β = 0.9",
    compute: () => momentumVelocity(1),
  },
  "op-momentum-v2": {
    stated: 1.9,
    digits: 2,
    what: "momentum velocity after 2 steps (units of g)",
    compute: () => momentumVelocity(2),
  },
  "op-momentum-v3": {
    stated: 2.71,
    digits: 3,
    what: "momentum velocity after 3 steps (units of g)",
    compute: () => momentumVelocity(3),
  },
  "op-momentum-v4": {
    stated: 3.44,
    digits: 3,
    what: "momentum velocity after 4 steps (units of g)",
    compute: () => momentumVelocity(4),
  },
  "op-momentum-steady-factor": {
    stated: 10,
    digits: 2,
    what: "momentum velocity (units of g) after 1000 steps at β = 0.9: the limit 1/(1 − β)",
    compute: () => momentumVelocity(1000),
  },
  "op-momentum-beta-squared": {
    stated: 0.81,
    digits: 2,
    what: "0.9², the third term of 1 + β + β² + …",
    compute: () => 0.9 ** 2,
  },
  "op-momentum-099-over-09": {
    stated: 10,
    digits: 2,
    what: "steady-state step at β = 0.99 over that at β = 0.9",
    compute: () => momentumVelocity(5000, 0.99) / momentumVelocity(5000, 0.9),
  },
  "op-quad-a": { stated: 4, digits: 1, what: "a = f″(w) for f(w) = 2w² (the gradient is aw)", compute: () => QUAD_A },
  "op-quad-factor-lr-01": { stated: 0.6, digits: 1, what: "1 − 0.1a for a = 4", compute: () => quadFactor(0.1) },
  "op-quad-eta-a-045": { stated: 1.8, digits: 2, what: "ηa for η = 0.45, a = 4", compute: () => 0.45 * QUAD_A },
  "op-quad-factor-lr-045": { stated: -0.8, digits: 1, what: "1 − 0.45a for a = 4", compute: () => quadFactor(0.45) },
  "op-quad-factor-lr-05": { stated: -1, digits: 1, what: "1 − 0.5a for a = 4", compute: () => quadFactor(0.5) },
  "op-quad-factor-lr-04": { stated: -0.6, digits: 1, what: "1 − 0.4a for a = 4", compute: () => quadFactor(0.4) },
  "op-quad-factor-lr-06": { stated: -1.4, digits: 2, what: "1 − 0.6a for a = 4", compute: () => quadFactor(0.6) },
  "op-quad-growth-percent-lr-06": {
    stated: 40,
    digits: 2,
    what: "growth (%) of |w| per step at η = 0.6, a = 4",
    compute: () => 100 * (Math.abs(quadFactor(0.6)) - 1),
  },
  "op-quad-w2-lr-06": {
    stated: 1.96,
    digits: 3,
    what: "w after 2 steps from w = 1 at η = 0.6, a = 4",
    compute: () => quadFactor(0.6) ** 2,
  },
  "op-quad-w3-lr-06": {
    stated: -2.74,
    digits: 3,
    what: "w after 3 steps from w = 1 at η = 0.6, a = 4",
    compute: () => quadFactor(0.6) ** 3,
  },
  "op-quad-lr-limit": {
    stated: 0.5,
    digits: 1,
    what: "2/a for a = 4: the largest stable learning rate",
    compute: () => 2 / QUAD_A,
  },
  "op-quad-lr-oscillation": {
    stated: 0.25,
    digits: 2,
    what: "1/a for a = 4: where oscillation begins",
    compute: () => 1 / QUAD_A,
  },
  "op-range-decades": { stated: 8, digits: 1, what: "decades from 10⁻⁷ to 10", compute: () => Math.log10(10 / 1e-7) },
  "op-range-factor-per-step": {
    stated: 1.2,
    digits: 3,
    what: "10^(8/100): the per-step factor sweeping 8 decades in 100 steps",
    compute: () => 10 ** (Math.log10(10 / 1e-7) / 100),
  },
  "op-range-start-lr": {
    stated: 0.01,
    digits: 1,
    what: "an order of magnitude below the loss minimum at 0.1",
    compute: () => 0.1 / 10,
  },
  "op-rmsprop-first-step-rho-099": {
    stated: 10,
    digits: 2,
    what: "RMSProp's first step in units of η for ρ = 0.99: 1/√(1 − ρ)",
    compute: () => 1 / Math.sqrt(1 - 0.99),
  },
  "op-rmsprop-first-step-rho-09": {
    stated: 3.16,
    digits: 3,
    what: "RMSProp's first step in units of η for ρ = 0.9: 1/√(1 − ρ)",
    compute: () => 1 / Math.sqrt(1 - 0.9),
  },
  "op-saddle-x-factor": { stated: 0.8, digits: 1, what: "1 − 2η at η = 0.1", compute: () => saddleAfter(1).x },
  "op-saddle-y-factor": { stated: 1.2, digits: 2, what: "1 + 2η at η = 0.1", compute: () => saddleAfter(1).y / 1e-6 },
  "op-saddle-x-30": {
    stated: 0.0012,
    digits: 2,
    what: "x after 30 steps on x² − y²",
    compute: () => saddleAfter(30).x,
  },
  "op-saddle-y-30": {
    stated: 0.0002,
    digits: 1,
    what: "y after 30 steps on x² − y² from y = 10⁻⁶",
    compute: () => saddleAfter(30).y,
  },
  "op-saddle-grad-norm-30": {
    stated: 0.0025,
    digits: 2,
    what: "gradient norm after 30 steps on x² − y²",
    compute: () => saddleAfter(30).gradNorm,
  },
  "op-saddle-escape-steps": {
    stated: 76,
    digits: 2,
    what: "ln(10⁶)/ln(1.2): steps for y to grow from 10⁻⁶ to 1",
    compute: () => Math.log(1e6) / Math.log(1 + 2 * SADDLE_LR),
  },
  "op-step-decay-lr-1": {
    stated: 0.01,
    digits: 1,
    what: "step decay from 0.1 with γ = 0.1 after the first milestone (epoch 30)",
    compute: () => learningRateAt({ kind: "step", lr: 0.1, stepSize: 30, gamma: 0.1 }, 30).lr,
  },
  "op-step-decay-lr-2": {
    stated: 0.001,
    digits: 1,
    what: "step decay from 0.1 with γ = 0.1 after the second milestone (epoch 60)",
    compute: () => learningRateAt({ kind: "step", lr: 0.1, stepSize: 30, gamma: 0.1 }, 60).lr,
  },
  "op-warmup-lr-500": {
    stated: 7.5e-5,
    digits: 2,
    what: "linear warmup to 3·10⁻⁴ over 2000 steps, at step 500",
    compute: () =>
      learningRateAt({ kind: "warmup_linear", lr: 3e-4, warmupSteps: 2000, totalSteps: 100_000, minLr: 3e-4 }, 500).lr,
  },
  "op-warmup-fraction-500": { stated: 0.25, digits: 2, what: "500/2000 of the peak", compute: () => 500 / 2000 },
} satisfies Record<string, Fact>;
