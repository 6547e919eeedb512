/**
 * Text measurement for charts drawn at build time, when there is no browser to ask. The widths
 * are the advance widths of Noto Sans CJK SC (the site's first font), in thousandths of an em,
 * as Chromium measures them (`npm run font-metrics` prints this table again). Fixed figures
 * rather than the build machine's fonts keep the drawing the same on every machine.
 */

/** Advance widths of U+0020 to U+007E. */
const ASCII = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555,
  555, 555, 555, 555, 555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589,
  552, 689, 728, 293, 535, 646, 543, 812, 723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573,
  531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554, 325, 564, 607, 275, 275, 552,
  284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555,
];

/** Characters between ASCII and the CJK block that are not a full em wide. */
const NARROW: Record<string, number> = { '—': 894 };

/** Width of one character in thousandths of an em. */
export function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return ASCII[code - 0x20] ?? 555;
  // Everything else a report label holds is CJK: ideographs and full-width punctuation.
  return NARROW[char] ?? 1000;
}

/** Width of `text` set at `size` px. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const char of text) units += advance(char);
  return (units * size) / 1000;
}

/**
 * Where the alphabetic baseline lies below the point a canvas `textBaseline` names, in ems
 * (Noto Sans CJK SC: the em box runs 0.88 above the baseline and 0.12 below).
 */
export const BASELINE_SHIFT: Record<CanvasTextBaseline, number> = {
  top: 0.88,
  hanging: 0.88,
  middle: 0.38,
  alphabetic: 0,
  ideographic: -0.12,
  bottom: -0.12,
};

/** The em box above and below the baseline, for `measureText`. */
export const ASCENT = 0.88;
export const DESCENT = 0.12;
