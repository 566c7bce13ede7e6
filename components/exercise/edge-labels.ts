/** An axis-aligned box by its centre. */
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelledEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  text: string;
}

/** 11 px monospace: about 0.6 em a character, plus the 3 px halo drawn around the text. */
const CHAR_W = 6.6;
const HALO = 3;
const LABEL_H = 11 + HALO;
/** Where a label's baseline sits above the point on its edge: the glyphs then sit just above the line. */
const BASELINE_ABOVE = 3;

/**
 * Fractions along an edge (from its source) tried in turn. A third of the way along, edges fanning out of one unit
 * are still apart; the rest step out from there, never so far that a label sits on the next column of units.
 */
const ALONG = [0.3, 0.22, 0.38, 0.46, 0.14, 0.54, 0.62, 0.7];

export function labelBox(x: number, baselineY: number, text: string): LabelBox {
  // Glyphs rise about 8 px above the baseline and fall 2 below: the box's centre is 3 px above the baseline.
  return { x, y: baselineY - 3, w: text.length * CHAR_W + HALO, h: LABEL_H };
}

export function overlapArea(a: LabelBox, b: LabelBox): number {
  const dx = Math.min(a.x + a.w / 2, b.x + b.w / 2) - Math.max(a.x - a.w / 2, b.x - b.w / 2);
  const dy = Math.min(a.y + a.h / 2, b.y + b.h / 2) - Math.max(a.y - a.h / 2, b.y - b.h / 2);
  return dx > 0 && dy > 0 ? dx * dy : 0;
}

/**
 * Where each edge's weight label goes (x and the baseline y), in the edges' order: at the first fraction along its
 * edge where it overlaps neither a label already placed nor an obstacle (units, bias labels); where every fraction
 * overlaps something, at the one that overlaps least. Dense layers have edges crossing near one spot, and a fixed
 * fraction stacks their numbers on top of each other.
 */
export function placeEdgeLabels(edges: LabelledEdge[], obstacles: LabelBox[]): { x: number; y: number }[] {
  const taken: LabelBox[] = [...obstacles];
  return edges.map((e) => {
    let best: { x: number; y: number; box: LabelBox; overlap: number } | null = null;
    for (const t of ALONG) {
      const x = e.x1 + (e.x2 - e.x1) * t;
      const y = e.y1 + (e.y2 - e.y1) * t - BASELINE_ABOVE;
      const box = labelBox(x, y, e.text);
      const overlap = taken.reduce((sum, other) => sum + overlapArea(box, other), 0);
      if (!best || overlap < best.overlap) best = { x, y, box, overlap };
      if (overlap === 0) break;
    }
    taken.push(best!.box);
    return { x: best!.x, y: best!.y };
  });
}
