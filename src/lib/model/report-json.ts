/**
 * report.json: the report as the file holds it — the schema's key order, two-space indent, a
 * final newline — with money in 元 (exact to the 分) where the model holds integer 分. The one
 * place money changes unit at the edge of the model: `reportJson` on the way out, and
 * `reportFromJson` on the way in, for the report.json of any build (`npm run diff`).
 */
import Fraction from 'fraction.js';
import { FRACTION_TEXT } from './exact.ts';
import { measureByName } from './measures.ts';
import type { Report } from './report-schema.ts';
import { FUNDING_AMOUNTS, reportSchema } from './report-schema.ts';

type Json = Record<string, unknown>;

/** How one direction converts an amount (a number) and an exact amount (`n/d`). */
interface Conversion {
  amount: (value: number) => number;
  exact: (value: Fraction) => Fraction;
}

/** 分 → 元 as the double that prints exact to the 分, as report.json writes amounts. */
export function yuanAmount(fen: number): number {
  return new Fraction(fen).div(100).valueOf();
}

const TO_YUAN: Conversion = {
  amount: yuanAmount,
  exact: (fen) => fen.div(100),
};

/** 元 (a number exact to the 分, as report.json holds it) → integer 分. */
const TO_FEN: Conversion = {
  amount: (yuan) => Math.round(yuan * 100),
  exact: (yuan) => yuan.mul(100),
};

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isMoney = (name: string) => measureByName(name)?.kind === 'money';

/** A copy of `record` with `convert` applied to the values of the money measures. */
function moneyMeasures(record: unknown, convert: (value: unknown) => unknown): unknown {
  if (!isObject(record)) return record;
  return Object.fromEntries(
    Object.entries(record).map(([name, value]) => [name, isMoney(name) ? convert(value) : value]),
  );
}

/** A copy of a funding line (or total) with its amounts converted. */
function fundingLine(line: unknown, amount: (value: unknown) => unknown): unknown {
  if (!isObject(line)) return line;
  const out = { ...line };
  for (const field of FUNDING_AMOUNTS) if (field in out) out[field] = amount(out[field]);
  return out;
}

/**
 * A copy of a report (of this build, or read loosely from any build) with every amount converted;
 * what is not where a report of this version has it, or is no number, is kept as it is. Key
 * order is kept.
 */
function convertMoney(report: unknown, c: Conversion): unknown {
  if (!isObject(report)) return report;
  const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? c.amount(v) : v);
  const exact = (v: unknown) =>
    typeof v === 'string' && FRACTION_TEXT.test(v) ? c.exact(new Fraction(v)).toFraction() : v;
  const out = { ...report };
  if ('measures' in out) out['measures'] = moneyMeasures(out['measures'], amount);
  if (isObject(out['funding'])) {
    const funding = { ...out['funding'] };
    for (const rows of ['lines', 'standard']) {
      const list = funding[rows];
      if (Array.isArray(list)) funding[rows] = list.map((l: unknown) => fundingLine(l, amount));
    }
    if ('total' in funding) funding['total'] = fundingLine(funding['total'], amount);
    out['funding'] = funding;
  }
  if (isObject(out['exact']) && 'measures' in out['exact']) {
    out['exact'] = { ...out['exact'], measures: moneyMeasures(out['exact']['measures'], exact) };
  }
  return out;
}

/** Serialises a report; parsing through the schema fixes the key order to the schema's. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(convertMoney(reportSchema.parse(report), TO_YUAN), null, 2)}\n`;
}

/**
 * A parsed report.json (of this build or another, read loosely) with its money in 分, as the
 * model holds it. Checks nothing else: the readers take what they find.
 */
export function reportFromJson(json: unknown): unknown {
  return convertMoney(json, TO_FEN);
}
