import { describe, expect, it } from 'vitest';
import { errorLines, summaryLines, warningLines } from '../../../src/lib/dataset/summary.ts';
import type { Problem } from '../../../src/lib/base/problems.ts';

describe('summaryLines(files)', () => {
  it('says per file what its rows became and the money read', () => {
    expect(
      summaryLines([
        {
          file: 'data/2024/jiean-huajie/spending.csv',
          encoding: 'GB18030',
          counts: { rows: 312, records: 310, blank: 1, total: 1, invalid: 0 },
          unknownColumns: [],
          totals: { amount: 768_697_900 },
        },
        {
          file: 'data/2024/jiean-huajie/cases.csv',
          counts: { rows: 3, records: 1, blank: 0, total: 0, invalid: 2 },
          unknownColumns: ['联系人'],
          totals: {},
        },
      ]),
    ).toEqual([
      'data/2024/jiean-huajie/spending.csv [GB18030]: 312 行 = 310 条记录 + 1 空行 + 1 合计行；合计 金额 7,686,979.00 元',
      'data/2024/jiean-huajie/cases.csv: 3 行 = 1 条记录 + 2 行有错误',
    ]);
  });
});

describe('warningLines(problems) and errorLines(problems)', () => {
  const problems: Problem[] = [
    { file: 'a.csv', line: 1, message: '以下列不是标准列，已忽略：x', severity: 'warning' },
    { file: 'a.csv', line: 2, column: '金额(元)', message: '不能为空', severity: 'error' },
  ];

  it('splits problems by severity, warnings marked 警告', () => {
    expect(warningLines(problems)).toEqual(['警告 a.csv:1: 以下列不是标准列，已忽略：x']);
    expect(errorLines(problems)).toEqual(['a.csv:2: 金额(元): 不能为空']);
  });
});
