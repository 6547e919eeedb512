/**
 * Cell parsers for what Excel writes into a CSV: money with separators and ¥, full-width digits,
 * five date forms, 是/否 flags. Each returns the value, `undefined` for a blank cell, or a
 * CellFailure saying what is wrong and what would be right. Money becomes integer 分 here and
 * stays integer everywhere after.
 */
import { quote } from '../privacy/echo.ts';

export class CellFailure {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

export type Cell<T> = T | undefined | CellFailure;

/** The unit written in a money column's header. */
export type MoneyUnit = '元' | '万元';

/** 分 per unit: 1 元 = 100 分, 1 万元 = 1,000,000 分. */
const FEN_PER_UNIT: Record<MoneyUnit, number> = { 元: 100, 万元: 1_000_000 };
/** Decimal places that are still whole 分 in each unit. */
const MAX_DECIMALS: Record<MoneyUnit, number> = { 元: 2, 万元: 6 };

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Full-width digits, ¥, commas and points become ASCII (NFKC); whitespace is dropped. */
export function normalizeNumeric(raw: string): string {
  const s = ASCII.test(raw) ? raw : raw.normalize('NFKC').replace(/[\u2212\u2012\u2013]/g, '-');
  return s.replace(/\s+/g, '');
}

const MONEY = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

/**
 * Parses an amount in the header's unit into integer 分: `12,345.60`, `￥1,000`, `１２３.４`,
 * `-500` (a correction), `(500.00)` (accounting negative). Exact: no float is ever added.
 */
export function parseMoney(raw: string, unit: MoneyUnit): Cell<number> {
  const plain = plainFen(raw, unit);
  if (plain !== undefined) return plain;
  let s = normalizeNumeric(raw);
  if (s === '') return undefined;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  if (s.startsWith('¥') || s.startsWith('￥')) s = s.slice(1);
  if (s.startsWith('-') && !negative) {
    negative = true;
    s = s.slice(1);
  }
  // `万元` before `元`: `100万元` ends with both.
  const written = s.endsWith('万元') ? '万元' : s.endsWith('元') ? '元' : undefined;
  if (written === unit) s = s.slice(0, -unit.length);
  else if (written !== undefined) {
    return new CellFailure(`单元格${quote(raw)}的单位与表头的“${unit}”不一致；请统一为表头的单位`);
  }
  const m = MONEY.exec(s);
  const whole = m?.[1] ?? '';
  const fraction = m?.[2] ?? '';
  if (!m || (whole === '' && fraction === '')) {
    return new CellFailure(
      `${quote(raw)}不是有效金额；应为数字，可带千分位和 ¥，如 ${unit === '元' ? '12,345.60' : '5.4812'}`,
    );
  }
  const places = MAX_DECIMALS[unit];
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > places) {
    return new CellFailure(
      `${quote(raw)}超出了精确到分的位数：以“${unit}”为单位最多 ${places} 位小数`,
    );
  }
  const scale = FEN_PER_UNIT[unit];
  const intPart = whole === '' ? 0 : Number(whole.replace(/,/g, ''));
  const fracPart = significant === '' ? 0 : Number(significant.padEnd(places, '0'));
  const fen = intPart * scale + fracPart * (scale / 10 ** places);
  if (!Number.isSafeInteger(fen))
    return new CellFailure(`${quote(raw)}金额过大，超出了可精确计算的范围`);
  return negative && fen !== 0 ? -fen : fen;
}

/**
 * The common cell, `-12,345.60` or `500`, read in one pass without regexes or copies; undefined
 * for anything else (full-width digits, ¥, spaces, units, too many decimals, bad grouping), which
 * the general path then reads or refuses with its message.
 */
function plainFen(raw: string, unit: MoneyUnit): number | undefined {
  const n = raw.length;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0; // '-'
  let whole = 0;
  let digits = 0;
  let group = -1; // digits since the last comma; -1 before the first comma
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
      if (group >= 0) group++;
    } else if (c === 44 && digits > 0 && (group === -1 ? digits <= 3 : group === 3)) group = 0;
    else break;
  }
  if (digits === 0 || (group !== -1 && group !== 3)) return undefined;
  const places = MAX_DECIMALS[unit];
  let fraction = 0;
  let decimals = 0;
  if (i < n) {
    if (raw.charCodeAt(i) !== 46) return undefined; // '.'
    for (i++; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c < 48 || c > 57 || decimals === places) return undefined;
      fraction = fraction * 10 + (c - 48);
      decimals++;
    }
  }
  const scale = FEN_PER_UNIT[unit];
  const fen = whole * scale + fraction * (scale / 10 ** decimals);
  if (!Number.isSafeInteger(fen) || !Number.isSafeInteger(whole)) return undefined;
  return raw.charCodeAt(0) === 45 && fen !== 0 ? -fen : fen;
}

const DATE =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日|(\d{2})(\d{2}))(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DATE_FORMS = '2023-03-05、2023/3/5、2023.3.5、2023年3月5日 或 20230305';

/** Parses the five date forms staff type into ISO `YYYY-MM-DD`; an impossible date fails. */
export function parseDate(raw: string): Cell<string> {
  // Most cells are already ISO (a date-formatted Excel column exports so): no regex, no copy.
  if (raw.length === 10 && ISO_DATE.test(raw)) {
    const year = Number(raw.slice(0, 4));
    const month = (raw.charCodeAt(5) - 48) * 10 + raw.charCodeAt(6) - 48;
    const day = (raw.charCodeAt(8) - 48) * 10 + raw.charCodeAt(9) - 48;
    if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12) {
      if (day >= 1 && day <= daysInMonth(year, month)) return raw;
    }
  }
  const s = (ASCII.test(raw) ? raw : raw.normalize('NFKC')).trim();
  if (s === '') return undefined;
  const m = DATE.exec(s);
  if (!m) return new CellFailure(`${quote(raw)}不是可识别的日期；可写作 ${DATE_FORMS}`);
  const year = Number(m[1]);
  const month = Number(m[3] ?? m[5] ?? m[7]);
  const day = Number(m[4] ?? m[6] ?? m[8]);
  if (
    year < 1900 ||
    year > 2100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return new CellFailure(`日期${quote(raw)}不存在；请核对年、月、日`);
  }
  return `${m[1]}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '√', '✓', '✔', '1', '已签订']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '×', '✗', '✘', '0', '未签订']);

/** 是/否 (also Y/N, √, TRUE/FALSE); a blank cell means 否. */
export function parseFlag(raw: string): Cell<boolean> {
  const s = raw.trim().toUpperCase();
  if (s === '') return false;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return new CellFailure(`${quote(raw)}不是有效取值；应为 是 或 否（也可写 Y/N、√，空白表示否）`);
}

/** Trimmed text; a blank cell (spaces and full-width spaces included) is `undefined`. */
export function parseText(raw: string): Cell<string> {
  const s = raw.trim();
  return s === '' ? undefined : s;
}

const DECIMAL = /^-?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * A plain decimal number as canonical text (`95`, `5.48`, `-0.5`), for targets, points and
 * scores; a trailing `%` is accepted. Kept as text so no binary float creeps in.
 */
export function parseDecimal(raw: string): Cell<string> {
  let s = normalizeNumeric(raw);
  if (s === '') return undefined;
  if (s.endsWith('%')) s = s.slice(0, -1);
  const m = DECIMAL.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    return new CellFailure(`${quote(raw)}不是有效数字`);
  }
  const negative = s.startsWith('-');
  const whole = (m[1] ?? '0').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}
