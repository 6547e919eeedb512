/**
 * `/<年度>/report.json` of a unit report: the summary as the file holds it — the schema's key
 * order, two-space indent, a final newline — with money in 元 (exact to the 分) by the same
 * conversion as the project-years' report.json (report-json.ts), and back to 分 for `npm run diff`.
 */
import { yuanAmount } from './report-json.ts';
import type { UnitJson, UnitSummary } from './unit-schema.ts';
import { UNIT_AMOUNTS, UNIT_SCHEMA_VERSION, unitJsonSchema } from './unit-schema.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of a row or total with its amounts converted; anything else kept as it is. */
function amounts(value: unknown, convert: (n: number) => number): unknown {
  if (!isObject(value)) return value;
  const out = { ...value };
  for (const key of UNIT_AMOUNTS) {
    const v = out[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = convert(v);
  }
  return out;
}

function convertMoney(json: unknown, convert: (n: number) => number): unknown {
  if (!isObject(json)) return json;
  const out = { ...json };
  if (Array.isArray(out['projects']))
    out['projects'] = out['projects'].map((p: unknown) => {
      const row = amounts(p, convert);
      if (isObject(row) && Array.isArray(row['sources']))
        row['sources'] = row['sources'].map((s: unknown) => amounts(s, convert));
      return row;
    });
  if ('total' in out) out['total'] = amounts(out['total'], convert);
  return out;
}

/** Serialises a unit report's summary; parsing through the schema fixes the key order. */
export function unitJson(head: { title: string; unit: string }, summary: UnitSummary): string {
  const json: UnitJson = unitJsonSchema.parse({
    schemaVersion: UNIT_SCHEMA_VERSION,
    kind: 'unit',
    title: head.title,
    unit: head.unit,
    ...summary,
  });
  return `${JSON.stringify(convertMoney(json, yuanAmount), null, 2)}\n`;
}

/** A parsed unit report.json (of any build, read loosely) with its money in 分. */
export function unitFromJson(json: unknown): unknown {
  return convertMoney(json, (yuan) => Math.round(yuan * 100));
}

/** Whether a parsed report.json is a unit report's (it says `"kind": "unit"`). */
export function isUnitJson(json: unknown): boolean {
  return isObject(json) && json['kind'] === 'unit';
}
