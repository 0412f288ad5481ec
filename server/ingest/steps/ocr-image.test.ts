// The page image prepared for OCR: redaction boxes redrawn as their labels, tinted backgrounds
// made white; letters, rules and ragged dark pictures left as they are. Synthetic bitmaps at
// scale 2 (144 dpi), so every expected pixel is known.
import { describe, expect, it } from 'vitest';
import { flattenBackground } from './flatten-background';
import { invertRedactionBoxes } from './redaction-labels';

const W = 300, H = 120, SCALE = 2;
function page(fill = 255) {
  const rgba = new Uint8ClampedArray(W * H * 4).fill(fill);
  const set = (x: number, y: number, v: number) => { const i = (y * W + x) * 4; rgba[i] = rgba[i + 1] = rgba[i + 2] = v; };
  const rect = (x0: number, y0: number, x1: number, y1: number, v: number) => { for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) set(x, y, v); };
  const at = (x: number, y: number) => rgba[(y * W + x) * 4];
  return { rgba, set, rect, at };
}

describe('redaction boxes before OCR', () => {
  it('redraws a black box with a white label as a black label on white', () => {
    const p = page();
    p.rect(20, 20, 120, 45, 0); // the box: 101 x 26 px (50 x 13 pt)
    p.rect(26, 28, 27, 38, 255); // two white strokes of its label
    p.rect(32, 28, 33, 38, 255);
    expect(invertRedactionBoxes(p.rgba, W, H, SCALE)).toBe(1);
    expect(p.at(60, 30)).toBe(255); // the box's black is white now
    expect(p.at(26, 30)).toBe(0); // the label's white is black
    expect(p.at(32, 35)).toBe(0);
    expect(p.at(19, 30)).toBe(255); // the margin around it is white
  });

  it('leaves letters, thin rules and ragged dark areas alone', () => {
    const p = page();
    p.rect(10, 10, 17, 24, 0); // a letter-sized blot: too small to be a box
    p.rect(10, 60, 280, 62, 0); // a rule: long but thin
    for (let y = 70; y < 115; y++) p.rect(150 + ((y * 7) % 23), y, 230 - ((y * 5) % 19), y, 0); // ragged edges
    const before = Uint8ClampedArray.from(p.rgba);
    expect(invertRedactionBoxes(p.rgba, W, H, SCALE)).toBe(0);
    expect(p.rgba).toEqual(before);
  });

  it('redraws only each row of a box that wraps, keeping the text beside its first line', () => {
    const p = page();
    p.rect(150, 20, 290, 34, 0); // first line of the box, after some text
    p.rect(10, 35, 290, 55, 0); // the whole next line
    p.rect(30, 24, 31, 30, 0); // a letter of that text, left of the box on its first line
    expect(invertRedactionBoxes(p.rgba, W, H, SCALE)).toBe(1);
    expect(p.at(30, 26)).toBe(0); // the letter is still black
    expect(p.at(200, 25)).toBe(255);
    expect(p.at(50, 45)).toBe(255);
  });
});

describe('background flattened before OCR', () => {
  it('turns a tinted background white and keeps dark text dark', () => {
    const p = page();
    p.rect(0, 0, 149, H - 1, 180); // a grey table cell
    p.rect(40, 40, 42, 60, 20); // a letter stroke on it
    p.rect(200, 40, 202, 60, 20); // and one on white
    flattenBackground(p.rgba, W, H, SCALE);
    expect(p.at(10, 10)).toBe(255);
    expect(p.at(250, 10)).toBe(255);
    expect(p.at(41, 50)).toBeLessThan(40);
    expect(p.at(201, 50)).toBeLessThan(40);
  });
});
