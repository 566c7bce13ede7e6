import { fmt, type ResolvedOptimizer, type TrajectoryStep } from "@/lib/calculators";

const pair = (p: readonly [number, number]) => `(${fmt(p[0])},\\ ${fmt(p[1])})`;

/** The last step's update rule with its numbers substituted (the library returns the numbers, not this TeX). */
export function stepFormula(o: ResolvedOptimizer, before: TrajectoryStep, after: TrajectoryStep): string[] {
  const t = after.step;
  const g = `\\nabla f(\\theta_{${t - 1}}) = ${pair(before.gradient)}`;
  const theta = `\\theta_{${t}} = ${pair(before.params)} - ${fmt(o.lr)}`;
  switch (o.kind) {
    case "sgd":
      return [g, `${theta} \\cdot ${pair(before.gradient)} = ${pair(after.params)}`];
    case "momentum": {
      const u = after.velocity ?? [0, 0];
      return [
        g,
        `u_{${t}} = ${fmt(o.beta)}\\,u_{${t - 1}} + \\nabla f = ${pair(u)}`,
        `${theta} \\cdot ${pair(u)} = ${pair(after.params)}`,
      ];
    }
    case "adam":
    case "adamw": {
      const a = after.adam;
      if (!a) return [];
      const decay = o.kind === "adamw" ? ` + ${fmt(o.weightDecay)}\\,\\theta_{${t - 1}}` : "";
      return [
        g,
        `\\hat m_{${t}} = \\frac{m_{${t}}}{1 - \\beta_1^{${t}}} = \\frac{${pair(a.m)}}{${fmt(a.bias1)}} = ${pair(a.mHat)}`,
        `\\hat v_{${t}} = \\frac{v_{${t}}}{1 - \\beta_2^{${t}}} = \\frac{${pair(a.v)}}{${fmt(a.bias2)}} = ${pair(a.vHat)}`,
        `\\theta_{${t}} = \\theta_{${t - 1}} - ${fmt(o.lr)}\\left(\\frac{\\hat m_{${t}}}{\\sqrt{\\hat v_{${t}}} + \\epsilon}${decay}\\right) = ${pair(after.params)}`,
      ];
    }
  }
}
