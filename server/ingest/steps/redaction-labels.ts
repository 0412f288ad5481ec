// Agencies print the exemption of each redaction inside its black box, in white: "(b)(6)" on
// black. OCR reads dark text on a light page, so without help it loses most of those labels and a
// scanned release's exemption counts come out far too low. Before OCR every redaction box is
// redrawn as its label in black on white, so the label reads like any other word (measured on the
// corpus: docs/decisions/0506).
//
// A box is a connected area of near-black pixels at least BOX_MIN_WIDTH_PT x BOX_MIN_HEIGHT_PT,
// whose rows are mostly dark between their two ends (SOLID) and whose sides are straight: most
// rows start and end where the row above does (STRAIGHT). Letters are far smaller; table rules and
// underlines are too thin; the hatching of an engraving or a photograph is ragged at the edges and
// is left alone. Each row is redrawn only between its own ends, so text beside a box that wraps
// onto the next line is kept.

const BOX_MIN_WIDTH_PT = 12;
const BOX_MIN_HEIGHT_PT = 6;
const SOLID = 0.75;
const STRAIGHT = 0.8;
/** Luminance (0-255) under which a pixel counts as part of a box: redaction boxes are black. */
const DARK = 64;

/**
 * Inverts, in place, the redaction boxes of an RGBA bitmap drawn at `scale` (1 = 72 dpi).
 * Returns how many boxes were inverted.
 */
export function invertRedactionBoxes(rgba: Uint8ClampedArray, width: number, height: number, scale: number): number {
  const minWidth = BOX_MIN_WIDTH_PT * scale, minHeight = BOX_MIN_HEIGHT_PT * scale;
  // 1: dark and not yet visited; 0: light or visited.
  const todo = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < todo.length; p++, i += 4) {
    if (rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114 < DARK * 1000) todo[p] = 1;
  }
  const stack = new Int32Array(width * height);
  const rowMin = new Int32Array(height).fill(width), rowMax = new Int32Array(height).fill(-1);
  let boxes = 0;
  for (let start = 0; start < todo.length; start++) {
    if (!todo[start]) continue;
    // Flood fill (4-connected) of one dark area, keeping each row's leftmost and rightmost pixel.
    let top = 0, count = 0, minX = width, maxX = -1, minY = height, maxY = -1;
    stack[top++] = start;
    todo[start] = 0;
    while (top) {
      const p = stack[--top];
      const x = p % width, y = (p - x) / width;
      count++;
      if (x < rowMin[y]) rowMin[y] = x;
      if (x > rowMax[y]) rowMax[y] = x;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (x > 0 && todo[p - 1]) { todo[p - 1] = 0; stack[top++] = p - 1; }
      if (x < width - 1 && todo[p + 1]) { todo[p + 1] = 0; stack[top++] = p + 1; }
      if (y > 0 && todo[p - width]) { todo[p - width] = 0; stack[top++] = p - width; }
      if (y < height - 1 && todo[p + width]) { todo[p + width] = 0; stack[top++] = p + width; }
    }
    if (maxX - minX + 1 >= minWidth && maxY - minY + 1 >= minHeight && isBox(rowMin, rowMax, minY, maxY, count)) {
      boxes++;
      redrawBox(rgba, width, height, rowMin, rowMax, minY, maxY, Math.ceil(scale) + 1);
    }
    rowMin.fill(width, minY, maxY + 1);
    rowMax.fill(-1, minY, maxY + 1);
  }
  return boxes;
}

/** Solid between each row's ends, with straight sides (see the top of this file). */
function isBox(rowMin: Int32Array, rowMax: Int32Array, minY: number, maxY: number, count: number): boolean {
  let span = 0, straight = 0;
  for (let y = minY; y <= maxY; y++) {
    span += rowMax[y] - rowMin[y] + 1;
    if (y > minY && Math.abs(rowMin[y] - rowMin[y - 1]) <= 1 && Math.abs(rowMax[y] - rowMax[y - 1]) <= 1) straight++;
  }
  return count >= SOLID * span && straight >= STRAIGHT * (maxY - minY);
}

/**
 * Redraws a box as its label in black on white: each pixel of a row between the row's ends gets
 * white scaled by its darkness (black box -> white, white label -> black, anti-aliasing kept), and
 * a margin of `pad` pixels turns white: the anti-aliased edge of a box is too light to be part of
 * it, and left grey it draws a frame that OCR takes for a rule and reads the lines it crosses worse.
 */
function redrawBox(rgba: Uint8ClampedArray, width: number, height: number, rowMin: Int32Array, rowMax: Int32Array, minY: number, maxY: number, pad: number): void {
  for (let y = Math.max(0, minY - pad); y <= Math.min(height - 1, maxY + pad); y++) {
    const inside = y >= minY && y <= maxY;
    const row = inside ? y : y < minY ? minY : maxY;
    const from = rowMin[row], to = rowMax[row];
    for (let x = Math.max(0, from - pad), i = (y * width + x) * 4; x <= Math.min(width - 1, to + pad); x++, i += 4) {
      // 0 for the box's black, 1 for its label's white; the margin takes the background.
      const ink = inside && x >= from && x <= to ? (rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114) / 255_000 : 0;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = 255 * (1 - ink);
    }
  }
}
