/**
 * Money as text: integer 分 → 元 with thousands separators, or → 万元 with a fixed number of
 * decimals rounded half-up exactly. The one money formatter of the site — messages, ledgers,
 * tables, prose and the diff all write amounts with it.
 */

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

/** 分 → 万元 with `decimals` places, rounded half-up exactly: 76869790 → `76.87`. */
export function formatWan(fen: number, decimals = 2): string {
  const sign = fen < 0 ? '-' : '';
  // 1 万元 = 1,000,000 分; keep `decimals` places of that, rounding the rest half-up.
  const unit = 10 ** (6 - decimals);
  const scaled = Math.floor((Math.abs(fen) + unit / 2) / unit);
  const whole = Math.floor(scaled / 10 ** decimals);
  const fraction =
    decimals === 0 ? '' : `.${String(scaled % 10 ** decimals).padStart(decimals, '0')}`;
  return `${scaled === 0 ? '' : sign}${groupDigits(whole.toString())}${fraction}`;
}
