/**
 * Canvas painting shared by the decision boundary and the unit previews. A res × res grid
 * is written into a small ImageData and scaled up by drawImage with smoothing, which
 * blends neighbouring cells into a smooth boundary at a fraction of the per-pixel cost.
 */
import { colorFor } from "@/lib/playground/grid";
import { cssRgb, type HeatPalette } from "@/lib/playground/palette";

/** One scratch canvas per resolution, reused every frame instead of a new element each time. */
const scratch = new Map<number, HTMLCanvasElement>();

export function paintGrid(
  ctx: CanvasRenderingContext2D,
  values: Float64Array,
  res: number,
  toUnit: (v: number) => number,
  palette: HeatPalette,
) {
  let small = scratch.get(res);
  if (!small) {
    small = document.createElement("canvas");
    small.width = res;
    small.height = res;
    scratch.set(res, small);
  }
  const sctx = small.getContext("2d");
  if (!sctx) return;
  const img = sctx.createImageData(res, res);
  for (let i = 0; i < values.length; i++) {
    const [r, g, b] = colorFor(toUnit(values[i]!), palette);
    img.data[4 * i] = r;
    img.data[4 * i + 1] = g;
    img.data[4 * i + 2] = b;
    img.data[4 * i + 3] = 255;
  }
  sctx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, ctx.canvas.width, ctx.canvas.height);
}

/**
 * Train points are circles, test points squares; class 1 carries a centre dot, so
 * set and class both read without colour.
 */
export function paintPoint(
  ctx: CanvasRenderingContext2D,
  px: number,
  py: number,
  label: 0 | 1,
  test: boolean,
  palette: HeatPalette,
) {
  ctx.fillStyle = cssRgb(colorFor(label, palette));
  ctx.strokeStyle = cssRgb(palette.stroke);
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  if (test) ctx.rect(px - 4.5, py - 4.5, 9, 9);
  else ctx.arc(px, py, 4.5, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
  if (label === 1) {
    ctx.fillStyle = cssRgb(palette.dot);
    ctx.beginPath();
    ctx.arc(px, py, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  }
}
