import { describe, expect, it } from 'vitest';
import { recordChanges } from '../../../src/lib/diff/records.ts';

const HEAD = '\uFEFF拨付编号,拨付日期,金额(元),用途\r\n';

describe('recordChanges(ledger, oldCsv, newCsv)', () => {
  it('matches rows by their first column and lists the changed cells by column name', () => {
    const before = `${HEAD}BF-1,2024-01-02,"1,000.00",救助\r\nBF-2,2024-01-03,500.00,救助\r\n`;
    const after = `${HEAD}BF-2,2024-01-03,400.00,医疗\r\nBF-1,2024-01-02,"1,000.00",救助\r\n`;
    expect(recordChanges('拨付明细', before, after)).toEqual([
      {
        ledger: '拨付明细',
        id: 'BF-2',
        change: 'changed',
        cells: [
          { column: '金额(元)', old: '500.00', new: '400.00' },
          { column: '用途', old: '救助', new: '医疗' },
        ],
      },
    ]);
  });

  it('lists added and removed records, and tells repeated ids apart', () => {
    const before = `${HEAD}BF-1,2024-01-02,1.00,甲\r\nBF-1,2024-01-02,2.00,乙\r\n`;
    const after = `${HEAD}BF-1,2024-01-02,1.00,甲\r\nBF-3,2024-02-01,3.00,丙\r\n`;
    expect(recordChanges('拨付明细', before, after).map((c) => [c.id, c.change])).toEqual([
      ['BF-3', 'added'],
      ['BF-1#2', 'removed'],
    ]);
  });

  it('compares by column name, so a column added to the export shows as one cell per record', () => {
    const before = '案件编号,信访人\nA1,张某\n';
    const after = '案件编号,信访人,备注\nA1,张某,已回访\n';
    expect(recordChanges('案件台账', before, after)).toEqual([
      {
        ledger: '案件台账',
        id: 'A1',
        change: 'changed',
        cells: [{ column: '备注', old: '', new: '已回访' }],
      },
    ]);
  });

  it('finds nothing in identical exports', () => {
    expect(recordChanges('案件台账', HEAD, HEAD)).toEqual([]);
  });
});
