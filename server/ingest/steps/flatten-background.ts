// Tinted backgrounds (e-mail header tables printed in grey, blue or yellow) turned white before
// OCR. Tesseract picks one threshold for the whole page: with the black redaction boxes redrawn as
// labels (./redaction-labels.ts) little dark is left, and that threshold can fall between the tint
// and white, so the tint goes black and the text on it is lost. Dividing each pixel by the
// brightest pixel around it (its local background) makes every background white and keeps dark
// text dark, with its anti-aliasing (docs/decisions/0506).

/** Half-size of the square in which the brightest pixel is taken as background, in PDF points:
 *  wider than the thickest letter stroke, so no letter is taken for background. */
const BACKGROUND_RADIUS_PT = 6;

/** Rewrites an RGBA bitmap drawn at `scale` (1 = 72 dpi) as grey on a white background, in place. */
export function flattenBackground(rgba: Uint8ClampedArray, width: number, height: number, scale: number): void {
  const r = Math.max(1, Math.round(BACKGROUND_RADIUS_PT * scale));
  const grey = new Uint8ClampedArray(width * height);
  for (let p = 0, i = 0; p < grey.length; p++, i += 4) grey[p] = (rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114) / 1000;
  const background = maxFilter(maxFilter(grey, width, height, r, width, 1), height, width, r, 1, width);
  for (let p = 0, i = 0; p < grey.length; p++, i += 4) {
    const v = background[p] ? Math.min(255, (grey[p] * 255) / background[p]) : 255;
    rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
  }
}

/**
 * Running maximum over 2r+1 pixels along one direction (van Herk / Gil-Werman: three comparisons a
 * pixel whatever r). `lines` lines of `length` pixels; `step` between pixels of a line, `next`
 * between lines.
 */
function maxFilter(src: Uint8ClampedArray, length: number, lines: number, r: number, next: number, step: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(src.length);
  const size = 2 * r + 1;
  const forward = new Uint8ClampedArray(length), backward = new Uint8ClampedArray(length);
  for (let line = 0; line < lines; line++) {
    const base = line * next;
    for (let k = 0; k < length; k++) {
      const v = src[base + k * step];
      forward[k] = k % size === 0 ? v : Math.max(forward[k - 1], v);
    }
    for (let k = length - 1; k >= 0; k--) {
      const v = src[base + k * step];
      backward[k] = k === length - 1 || (k + 1) % size === 0 ? v : Math.max(backward[k + 1], v);
    }
    for (let k = 0; k < length; k++) {
      const lo = k - r, hi = k + r;
      if (lo >= 0 && hi < length) { out[base + k * step] = Math.max(backward[lo], forward[hi]); continue; }
      // A window cut by the edge may sit inside one block, where the two halves overshoot it.
      let m = 0;
      for (let j = Math.max(0, lo); j <= Math.min(length - 1, hi); j++) m = Math.max(m, src[base + j * step]);
      out[base + k * step] = m;
    }
  }
  return out;
}
