import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { labelBox, overlapArea, placeEdgeLabels, type LabelBox } from "@/components/exercise/edge-labels";
import { NetworkDiagram } from "@/components/exercise/network-diagram";
import { buildInstance } from "@/lib/exercises/instance";
import { libraryExercises as exercises } from "../../helpers/library-exercises";

/** The weight labels as drawn: each edge group's text, where it was placed. */
function drawnLabels(html: string) {
  return [
    ...html.matchAll(
      /<g data-edge="([^"]+)"><line[^>]*>(?:<\/line>)?<text x="([^"]+)" y="([^"]+)"[^>]*>([^<]+)<\/text>/g,
    ),
  ].map((m) => ({ edge: m[1]!, box: labelBox(Number(m[2]), Number(m[3]), m[4]!) }));
}
/** The unit circles, as boxes. */
function drawnUnits(html: string): LabelBox[] {
  return [...html.matchAll(/<circle cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    w: 2 * Number(m[3]),
    h: 2 * Number(m[3]),
  }));
}

describe("network diagram weight labels", () => {
  test.each(exercises)("$id: no label overlaps another or a unit, seeds 0–29", ({ def }) => {
    for (let seed = 0; seed < 30; seed++) {
      const spec = buildInstance(def, seed);
      const html = renderToStaticMarkup(createElement(NetworkDiagram, { spec }));
      const labels = drawnLabels(html);
      expect(labels).toHaveLength(spec.W1.flat().length + spec.W2.flat().length);
      const clashes = labels.flatMap((a, i) => [
        ...labels
          .slice(i + 1)
          .filter((b) => overlapArea(a.box, b.box) > 0)
          .map((b) => `${a.edge} on ${b.edge}`),
        ...drawnUnits(html)
          .filter((u) => overlapArea(a.box, u) > 0)
          .map((u) => `${a.edge} on the unit at ${u.x},${u.y}`),
      ]);
      expect(clashes, `seed ${seed}`).toEqual([]);
    }
  });

  // A horizontal edge 400 long: the fractions tried put a label at x = 120, 88, 152, 184, 56, 216, 248, 280.
  const edge = { x1: 0, y1: 0, x2: 400, y2: 0, text: "0.5" };
  const at = (x: number) => labelBox(x, -3, "0.5");

  test.each([
    { label: "a free spot a third of the way along is kept", obstacles: [], x: 120 },
    { label: "a taken spot moves the label to the next free one along its edge", obstacles: [at(120)], x: 88 },
    { label: "it keeps stepping out until a spot is free", obstacles: [at(120), at(88), at(152), at(184)], x: 56 },
    {
      // Full-height walls over x 40–230 and 270–300, a 2 px strip between: every spot overlaps something, the one
      // at 248 only the strip.
      label: "where every spot is taken, the label goes where it overlaps least",
      obstacles: [
        { x: 135, y: -6, w: 190, h: 40 },
        { x: 250, y: -6, w: 40, h: 2 },
        { x: 285, y: -6, w: 30, h: 40 },
      ],
      x: 248,
    },
  ])("$label", ({ obstacles, x }) => {
    const [placed] = placeEdgeLabels([edge], obstacles);
    expect(placed?.x).toBeCloseTo(x);
  });

  test("labels placed earlier count as taken for later ones", () => {
    const placed = placeEdgeLabels([edge, edge], []);
    expect(placed.map((p) => p.x)).toEqual([120, 88]);
  });
});
