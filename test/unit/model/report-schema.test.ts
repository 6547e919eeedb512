/**
 * reportSchema, the shape of report.json: every report.json of the sample (the golden files)
 * reads back whole, nothing dropped, and a file from another version or with a wrong value is
 * refused, naming the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GRADES,
  REPORT_SCHEMA_VERSION,
  reportSchema,
} from '../../../src/lib/model/report-schema.ts';

const GOLDEN = new URL('../../golden/', import.meta.url);
const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.report.json'));
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, GOLDEN), 'utf8')) as Record<string, unknown>;

describe('reportSchema', () => {
  it('has the sample’s six report.json files to read', () => {
    expect(files).toHaveLength(6);
  });

  it.each(files)('reads %s back whole: every field described, none dropped', (file) => {
    const json = read(file);
    const parsed = reportSchema.safeParse(json);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(json);
    expect(json['schemaVersion']).toBe(REPORT_SCHEMA_VERSION);
  });

  /** The 2024 积案化解 report with one change. */
  const changed = (change: (r: Record<string, unknown>) => void) => {
    const r = structuredClone(read('2024-jiean-huajie.report.json'));
    change(r);
    return r;
  };

  it.each<[string, (r: Record<string, unknown>) => void, string]>([
    [
      'another schema version',
      (r) => (r['schemaVersion'] = REPORT_SCHEMA_VERSION + 1),
      'schemaVersion',
    ],
    ['a grade outside 优良中差', (r) => (r['grade'] = '优秀'), 'grade'],
    ['the year as text', (r) => (r['year'] = '2024'), 'year'],
    [
      'a measure as text',
      (r) => ((r['measures'] as Record<string, unknown>)['化解率'] = '90%'),
      'measures',
    ],
    ['no funding block', (r) => delete r['funding'], 'funding'],
    [
      'an indicator of an unknown level',
      (r) => {
        const [first] = r['indicators'] as Record<string, unknown>[];
        if (first) first['level1'] = '其他指标';
      },
      'indicators',
    ],
    ['an exact value as a number', (r) => (r['exact'] = { measures: { 化解率: 0.9 } }), 'exact'],
  ])('refuses %s, naming the field', (_, change, field) => {
    const parsed = reportSchema.safeParse(changed(change));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it('reads a report of an older build, without `exact`', () => {
    expect(reportSchema.safeParse(changed((r) => delete r['exact'])).success).toBe(true);
  });

  it('grades 优, 良, 中, 差 only, best first', () => {
    expect(GRADES).toEqual(['优', '良', '中', '差']);
  });
});
