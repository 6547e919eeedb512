/**
 * Money as text: integer 分 → 元 with thousands separators, or → 万元 with a fixed number of
 * decimals rounded half-up exactly. The one money formatter of the site — messages, ledgers,
 * tables, prose and the diff all write amounts with it.
 */

/**
 * The 万元 decimals a project-year (or a unit report) shows its money with: the table precision,
 * worked out once from its funding amounts (report.funding.wanDecimals) and taken from there by
 * every writer — tables, prose, chart summaries, comparisons, print, Word and search.
 */
export type WanDecimals = 2 | 4 | 6;

/**
 * The fewest 万元 decimals (2, 4 or 6) that show every amount of a table exactly, so its lines
 * always add up to its total with no 尾数误差.
 */
export function exactWanDecimals(amountsFen: readonly number[]): WanDecimals {
  if (amountsFen.every((f) => f % 10_000 === 0)) return 2;
  if (amountsFen.every((f) => f % 100 === 0)) return 4;
  return 6;
}

/** Thousands separators in a run of digits: `1234567` → `1,234,567` (the ledgers' hot path). */
function groupDigits(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** 分 → `7,686,979.00` (元, two decimals, thousands separators). */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${groupDigits(Math.floor(abs / 100).toString())}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * 分 → 万元 with `decimals` places, rounded half-up exactly: 76869790 → `76.87`. No default: a
 * project-year's money takes its report.funding.wanDecimals.
 */
export function formatWan(fen: number, decimals: number): string {
  const sign = fen < 0 ? '-' : '';
  // 1 万元 = 1,000,000 分; keep `decimals` places of that, rounding the rest half-up.
  const unit = 10 ** (6 - decimals);
  const scaled = Math.floor((Math.abs(fen) + unit / 2) / unit);
  const whole = Math.floor(scaled / 10 ** decimals);
  const fraction =
    decimals === 0 ? '' : `.${String(scaled % 10 ** decimals).padStart(decimals, '0')}`;
  return `${scaled === 0 ? '' : sign}${groupDigits(whole.toString())}${fraction}`;
}
