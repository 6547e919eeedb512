/**
 * The four files of a project-year folder: each has its own name and title, and within each file
 * no header (or alias of one) can be read as two columns.
 */
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../../src/lib/read/columns.ts';
import { BUDGET, CASES, DATA_FILES, INDICATORS, SPENDING } from '../../../src/lib/dataset/specs.ts';

const SPECS = [CASES, SPENDING, BUDGET, INDICATORS];

describe('the table specs', () => {
  it('name the four files of the data contract, budget first', () => {
    expect(DATA_FILES).toEqual(['budget.csv', 'cases.csv', 'spending.csv', 'indicators.csv']);
    expect(SPECS.map((s) => s.title)).toEqual([
      '信访积案台账',
      '资金拨付明细',
      '资金情况表',
      '绩效指标表',
    ]);
  });

  it.each(SPECS.map((s) => [s.fileName, s] as const))(
    '%s: every header and alias names one column only, and some columns are required',
    (_, spec) => {
      const columns = columnsOf(spec.row);
      expect(columns.length).toBeGreaterThan(3);
      const names = columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
      expect(columns.some((c) => c.required)).toBe(true);
    },
  );

  it('check every row as a record: the record schema of a file without a row stage is its row schema', () => {
    expect(CASES.record).toBe(CASES.row);
    expect(SPENDING.record).toBe(SPENDING.row);
    expect(BUDGET.record).toBe(BUDGET.row);
    expect(INDICATORS.record).not.toBe(INDICATORS.row);
  });
});
