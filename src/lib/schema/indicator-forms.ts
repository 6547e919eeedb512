/**
 * The forms a 年度指标值 and its 实际完成值 take in published 自评表 besides a plain number:
 * ranges (`90%-100%`, `[90,100]`), deadlines (`2024年12月31日前`, `12月底前`, `按时`) and words
 * (`有效`, `持续改善`). Pure readers of one cell each; the row schema (indicators.ts) says where
 * each may appear.
 */
import { mayEcho, quote } from '../privacy/echo.ts';
import { CellFailure, parseDate, parseDecimal, parseFlag } from '../read/cells.ts';

/** How a quantitative indicator's 年度指标值 is written. */
export type TargetForm =
  | { kind: 'number'; value: string }
  | { kind: 'range'; low: string; high: string }
  /** A date, or a month's end (`12月底前`); without a year it is read in the report's year. */
  | { kind: 'deadline'; year: number | undefined; month: number; day: number | undefined }
  | { kind: 'onTime' }
  | { kind: 'text' };

/** The text of a cell after NFKC (full-width digits, brackets and signs made plain), trimmed. */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?|\.\d+`;
/** Two numbers around a range's separator, with any brackets: `[90,100]`, `90%-100%`, `[90,100)`. */
const RANGE = new RegExp(String.raw`^([\[(]?)(${NUMBER})%?(,|-|~|—|–|至|到)(${NUMBER})%?([\])]?)$`);
const MONTH_END = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末)$/;
const BEFORE = /(?:之前|以前|前)$/;
const ON_TIME = new Set(['按时', '及时', '按期', '按时完成', '及时完成', '按期完成']);
const DATE_LIKE =
  /^(?:(?:\d{4})年)?\d{1,2}月(?:\d{1,2}日|底|末)$|^\d{4}(?:[-/.]\d{1,2}){2}$|^\d{4}年\d{1,2}月\d{1,2}日$/;

/** A text written as a range, read: its ends, brackets and separator; undefined when it is none. */
function rangeParts(s: string) {
  const m = RANGE.exec(s);
  if (!m) return undefined;
  const [, open = '', lowText = '', separator = '', highText = '', close = ''] = m;
  const low = parseDecimal(lowText);
  const high = parseDecimal(highText);
  if (typeof low !== 'string' || typeof high !== 'string') return undefined;
  // A comma separates ends only inside brackets: `12,345` is a number.
  if (separator === ',' && open === '') return undefined;
  return {
    low,
    high,
    // Both ends included, as the site scores: `[a,b]` or no brackets; never `(` or `)`.
    closed: (open === '' && close === '') || (open === '[' && close === ']'),
    ordered: Number(low) <= Number(high),
  };
}

/**
 * readTarget(text): the form of a 年度指标值 with its comparator and unit already stripped.
 * A number wins over every other reading; `按时` and the date forms are deadlines; anything
 * else that is not a range is words (targetMistake() tells a slip from words).
 */
export function readTarget(text: string): TargetForm {
  const number = parseDecimal(text);
  if (typeof number === 'string') return { kind: 'number', value: number };
  const s = plain(text);
  const range = rangeParts(s);
  if (range?.closed && range.ordered) return { kind: 'range', low: range.low, high: range.high };
  if (ON_TIME.has(s)) return { kind: 'onTime' };
  const deadline = readDeadline(s.replace(BEFORE, ''));
  return deadline ?? { kind: 'text' };
}

/**
 * targetMistake(text): what is wrong with a 年度指标值 that was meant as a range or a date but
 * cannot be one (`100%-90%`, `[90,100)`, `2024年13月31日前`, `2月30日前`), in Chinese; undefined
 * when the text is not such a slip. Without this a slip would be read as a word target.
 */
export function targetMistake(text: string): string | undefined {
  if (typeof parseDecimal(text) === 'string') return undefined;
  const s = plain(text);
  // Numbers are repeated only when they cannot be an ID or phone number (privacy/echo.ts).
  const shown = quote(text);
  const range = rangeParts(s);
  if (range) {
    const { low, high } = range;
    const ends = mayEcho(s) ? `[${low},${high}] 或 ${low}-${high}` : '[90,100] 或 90%-100%';
    if (!range.closed) return `${shown}：区间的两端都包含在内，应写成 ${ends}；不支持半开或开区间`;
    if (!range.ordered)
      return `${shown}：区间的下限大于上限；应先写小的数${mayEcho(s) ? `，如 ${high}-${low}` : ''}`;
    return undefined;
  }
  const date = s.replace(BEFORE, '');
  if (!DATE_LIKE.test(date) || readDeadline(date) !== undefined) return undefined;
  return `${shown}不是存在的日期；请核对月、日（月份 1–12，日不超过该月天数）`;
}

function readDeadline(s: string): TargetForm | undefined {
  const end = MONTH_END.exec(s);
  if (end) {
    const month = Number(end[2]);
    if (month < 1 || month > 12) return undefined;
    return { kind: 'deadline', year: end[1] ? Number(end[1]) : undefined, month, day: undefined };
  }
  // `12月31日` without a year: a yearly deadline.
  const noYear = /^(\d{1,2})月(\d{1,2})日$/.exec(s);
  const iso = parseDate(noYear ? `2000年${noYear[1]}月${noYear[2]}日` : s);
  if (typeof iso !== 'string') return undefined;
  return {
    kind: 'deadline',
    year: noYear ? undefined : Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
}

/** The unit written after a number (`270件`, `30万元`, `95%`), when no 度量单位 is given. */
export function unitWritten(text: string): string | undefined {
  const s = plain(text);
  const range = /^[[(]?[\d,.]+%?[,\-~至到—–][\d,.]+(%)[\])]?$/.exec(s);
  if (range) return '%';
  const m = /^(?:[\d,.]+)([^\d,.\]]+)$/.exec(s);
  if (!m || !/\d/.test(s)) return undefined;
  const unit = m[1] ?? '';
  return /[年月日前底末]/.test(unit) ? undefined : unit;
}

/** A time indicator's 实际完成值: done or not (是/否, 按时 …), or the date it was done. */
export type TimeActual = { kind: 'flag'; done: boolean } | { kind: 'date'; date: string };

const DONE_WORDS: Record<string, boolean> = {
  按时: true,
  按时完成: true,
  及时: true,
  及时完成: true,
  按期: true,
  按期完成: true,
  已完成: true,
  完成: true,
  达成: true,
  未完成: false,
  逾期: false,
  未按时完成: false,
  未按期完成: false,
  未达成: false,
};

/** readTimeActual(text): a date or 是/否; a message when it is neither. */
export function readTimeActual(text: string): TimeActual | string {
  const s = plain(text);
  const word = DONE_WORDS[s];
  if (word !== undefined) return { kind: 'flag', done: word };
  const flag = parseFlag(s);
  if (typeof flag === 'boolean' && s !== '') return { kind: 'flag', done: flag };
  const date = parseDate(s.replace(BEFORE, ''));
  if (typeof date === 'string') return { kind: 'date', date };
  if (date instanceof CellFailure && /年|-|\/|\./.test(s)) return date.message;
  return `“${text.trim()}”不是有效的完成情况；时效指标的实际完成值应为完成日期（如 2024年12月20日）或 是/否`;
}

/**
 * Whether a time indicator is met: done, or done on or before the deadline. A deadline written
 * without a year (`12月底前`) falls in `reportYear`, the year the report is for: a date a year
 * late is late.
 */
export function deadlineMet(target: TargetForm, actual: TimeActual, reportYear: number): boolean {
  if (actual.kind === 'flag') return actual.done;
  if (target.kind !== 'deadline') return false;
  const year = target.year ?? reportYear;
  const day = target.day ?? lastDay(year, target.month);
  const due = `${year}-${pad2(target.month)}-${pad2(day)}`;
  return actual.date <= due;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
