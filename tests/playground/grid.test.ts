import { describe, expect, test } from "vitest";
import { classOneProbability, createRandom, initMlp, mlpPredict, type MlpHead } from "@/lib/engine";
import { colorFor, gridInputs, probabilityGrid, unitGrid } from "@/lib/playground/grid";

describe("heatmap grids", () => {
  test.each<MlpHead>(["sigmoid_bce", "identity_mse", "softmax_ce"])(
    "the fast %s grid equals the engine's prediction",
    (head) => {
      const net = initMlp(
        {
          inputs: 2,
          hidden: [
            { units: 5, activation: "relu" },
            { units: 3, activation: "sigmoid" },
            { units: 4, activation: "tanh" },
          ],
          head,
        },
        createRandom(11),
      );
      const fast = probabilityGrid(net, 12);
      const slow = mlpPredict(net, gridInputs(12)).map((row) => classOneProbability(head, row));
      slow.forEach((p, i) => expect(fast[i]).toBeCloseTo(p, 12));
    },
  );

  test("unit grids: the input layer is the coordinates themselves", () => {
    const net = initMlp(
      { inputs: 2, hidden: [{ units: 2, activation: "tanh" }], head: "sigmoid_bce" },
      createRandom(1),
    );
    const { values, min, max } = unitGrid(net, 0, 0, 4);
    expect(values[0]).toBeCloseTo(-0.9, 12);
    expect(min).toBeCloseTo(-0.9, 12);
    expect(max).toBeCloseTo(0.9, 12);
  });

  test("colour scale: orange at 0, blue at 1, pale in the middle, NaN drawn as unsure", () => {
    expect(colorFor(0)).toEqual([245, 147, 34]);
    expect(colorFor(1)).toEqual([8, 119, 189]);
    expect(colorFor(Number.NaN)).toEqual(colorFor(0.5));
  });
});
