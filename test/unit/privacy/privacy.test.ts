import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SURNAMES,
  findSensitive,
  isMaskedName,
  SENSITIVE_MESSAGE,
  UNMASKED_NAME_MESSAGE,
} from '../../../src/lib/privacy/privacy.ts';
import {
  BUDGET_HEADER,
  CASES_HEADER,
  csv,
  formatted,
  INDICATORS_HEADER,
  readBudget,
  readCases,
  readIndicators,
  readSpending,
  SPENDING_HEADER,
} from '../support/tables.ts';
import { ID15, ID18, ID18_WRONG, ID18_X } from '../support/ids.ts';

const MOBILE = '13800000000';

describe('isMaskedName(name)', () => {
  it.each([
    ['a surname, 某 and the last character', '罗某厚'],
    ['a surname and 某', '罗某'],
    ['a surname, 某 and a letter of order', '罗某甲'],
    ['a compound surname, 某 and a character', '欧阳某华'],
    ['a compound surname and 某', '欧阳某'],
    ['司马', '司马某'],
    ['诸葛', '诸葛某亮'],
    ['上官', '上官某'],
    ['东方', '东方某明'],
    ['皇甫', '皇甫某'],
    ['尉迟', '尉迟某恭'],
    ['公孙', '公孙某'],
    ['慕容', '慕容某复'],
    ['长孙', '长孙某'],
    ['宇文', '宇文某'],
    ['司徒', '司徒某'],
    ['夏侯', '夏侯某'],
    ['令狐', '令狐某冲'],
    ['端木', '端木某'],
    ['万俟', '万俟某'],
    ['澹台', '澹台某'],
    ['拓跋', '拓跋某'],
    ['a group case', '罗某厚等3人'],
    ['a group case without the last character', '罗某等2人'],
    ['a group case of a compound surname', '欧阳某华等12人'],
    ['spaces around', ' 罗某厚 '],
    ['an extension-A character', '㐀某厚'],
  ])('isMaskedName() accepts %s (%j)', (_, name) => {
    expect(isMaskedName(name)).toBe(true);
  });

  it.each([
    ['a full name', '罗明厚'],
    ['a two-character name', '张三'],
    ['a full compound-surname name', '欧阳明华'],
    ['a surname alone', '罗'],
    ['a given name before 某', '张三某'],
    ['two characters that are not a compound surname', '罗明某厚'],
    ['某 repeated', '罗某某某'],
    ['某 twice', '罗某某'],
    ['two characters after 某', '罗某厚甲'],
    ['three characters after 某', '欧阳某华明'],
    ['two people', '罗某厚、李某华'],
    ['等 without a count', '罗某厚等'],
    ['等 with a count in words', '罗某厚等三人'],
    ['等 with 0 people', '罗某厚等0人'],
    ['a Latin surname', 'Luo某'],
    ['a digit after the name', '罗某厚1'],
    ['某 alone', '某'],
    ['某 first', '某厚'],
    ['an x for 某', '罗x厚'],
    ['a star for 某', '罗*厚'],
    ['a blank', ''],
  ])('isMaskedName() refuses %s (%j)', (_, name) => {
    expect(isMaskedName(name)).toBe(false);
  });

  it('says the rule, not the cell', () => {
    expect(UNMASKED_NAME_MESSAGE).toContain('复姓');
    expect(UNMASKED_NAME_MESSAGE).toContain('至多一个字');
    expect(UNMASKED_NAME_MESSAGE).toContain('此处不显示单元格内容');
  });

  it('knows each compound surname of its list once, all of two characters', () => {
    expect(new Set(COMPOUND_SURNAMES).size).toBe(COMPOUND_SURNAMES.length);
    expect(COMPOUND_SURNAMES.every((s) => /^[\u4e00-\u9fff]{2}$/.test(s))).toBe(true);
  });
});

describe('findSensitive(cell)', () => {
  it.each([
    [ID18, 'idcard'],
    [ID18_X, 'idcard'],
    [`身份证号${ID18}。`, 'idcard'],
    [ID15, 'idcard'],
    [MOBILE, 'mobile'],
    ['138-0000-0000', 'mobile'],
    ['138 0000 0000', 'mobile'],
    ['+8613800000000', 'mobile'],
    ['+86 138 0000 0000', 'mobile'],
    ['+86-138-0000-0000', 'mobile'],
    ['８６13800000000', 'mobile'],
    ['１３８００００００００', 'mobile'],
    ['１３８－００００－００００', 'mobile'],
    ['联系电话：13800000000（本人）', 'mobile'],
    ['138**0000**0000', 'mobile'],
    ['138<b>0000</b>0000', 'mobile'],
    ['&#49;38 0000 0000', 'mobile'],
    ['138\u200b0000\u200b0000', 'mobile'],
    ['"138" "0000" "0000"', 'mobile'],
  ])('findSensitive(%j) is %s', (cell, kind) => {
    expect(findSensitive(cell)).toBe(kind);
  });

  it.each([
    ['a case number', 'XF-2024-00012345678'],
    ['a case number with a long serial', '2024信访1380000000012'],
    ['an amount', '12,345,678,901.23'],
    ['an amount without separators', '1234567890123.45'],
    ['an 18-digit number with a wrong check digit', ID18_WRONG],
    ['11 digits not starting 13–19', '12800000000'],
    ['12 digits', '138000000001'],
    ['a landline', '010-6512-3456'],
    ['a document number', '东信访〔2024〕138号'],
    ['a short cell', '1380000'],
  ])('findSensitive(%s) is undefined', (_, cell) => {
    expect(findSensitive(cell)).toBeUndefined();
  });
});

// Every column of every file, the unknown column included, is checked.
const CASE_ROW = [
  'A01',
  '罗某厚',
  'P1',
  '东城街道',
  '征地拆迁',
  '2024-01-05',
  '2024-02-01',
  '已化解',
  '是',
  '满意',
  '无',
];
const FILES = {
  cases: { header: `${CASES_HEADER},联系方式`, row: CASE_ROW, read: readCases },
  spending: {
    header: `${SPENDING_HEADER},经办人电话`,
    row: ['P01', '2024-02-10', 'A01', '本年财政拨款', '1000', '困难救助', ''],
    read: readSpending,
  },
  budget: {
    header: `${BUDGET_HEADER},说明`,
    row: ['本年财政拨款', '1', '1', '', ''],
    read: readBudget,
  },
  indicators: {
    header: `${INDICATORS_HEADER},备注`,
    row: [
      '产出指标',
      '数量指标',
      '化解信访积案',
      '≥',
      '1',
      '件',
      '90',
      '已化解件数',
      '',
      '',
      '',
      '',
    ],
    read: readIndicators,
  },
} as const;

const placements = Object.entries(FILES).flatMap(([kind, f]) =>
  f.header.split(',').map((column, index) => ({ kind: kind as keyof typeof FILES, column, index })),
);

describe('readTable(file, bytes, spec) refuses ID-card and mobile numbers', () => {
  it.each(
    placements.flatMap((p) => [
      { ...p, value: ID18, what: 'idcard' as const },
      {
        ...p,
        value: `电话 ${MOBILE.slice(0, 3)}-${MOBILE.slice(3, 7)}-${MOBILE.slice(7)}`,
        what: 'mobile' as const,
      },
    ]),
  )(
    'in column $column of $kind ($what), without repeating the number',
    ({ kind, column, index, value, what }) => {
      const file = FILES[kind];
      const cells: string[] = [...file.row];
      cells[index] = value;
      const table = file.read(csv(file.header, cells.join(',')));
      const lines = formatted(table.problems);
      expect(lines.filter((l) => !l.startsWith('警告'))).toContain(
        `data/2024/demo/${kind}.csv:2: ${column}: ${SENSITIVE_MESSAGE[what]}`,
      );
      // The row is refused, and nothing it said about it carries the digits.
      expect(table.records).toEqual([]);
      expect(table.counts.invalid).toBe(1);
      for (const line of lines)
        expect(line.replace(/^data\/2024\/demo\/\w+\.csv:\d+:/, '')).not.toMatch(/[0-9０-９]{3}/);
    },
  );

  const FORMS: readonly (readonly [string, 'idcard' | 'mobile'])[] = [
    [ID18, 'idcard'],
    [ID18_X, 'idcard'],
    [ID15, 'idcard'],
    [MOBILE, 'mobile'],
    ['138-0000-0000', 'mobile'],
    ['138 0000 0000', 'mobile'],
    ['+8613800000000', 'mobile'],
    ['+86 138 0000 0000', 'mobile'],
    ['１３８００００００００', 'mobile'],
  ];
  const COLUMNS = [
    { index: 1, column: '信访人' },
    { index: 10, column: '联系方式' },
  ] as const;

  it.each(FORMS.flatMap(([value, what]) => COLUMNS.map((c) => ({ value, what, ...c }))))(
    'refuses $value in $column as $what',
    ({ value, what, index, column }) => {
      const cells = [...CASE_ROW];
      cells[index] = value;
      const lines = formatted(readCases(csv(`${CASES_HEADER},联系方式`, cells.join(','))).problems);
      expect(lines).toEqual([
        'data/2024/demo/cases.csv:1: 以下列不是信访积案台账的标准列，已忽略：联系方式',
        `data/2024/demo/cases.csv:2: ${column}: ${SENSITIVE_MESSAGE[what]}`,
      ]);
      for (const line of lines) {
        expect(line.replace(/^[^:]+:\d+:/, '')).not.toMatch(/[0-9０-９]{3}/);
      }
    },
  );

  it('reports a number in the 信访人 cell once, as a number, not also as an unmasked name', () => {
    const cells = [...CASE_ROW.slice(0, 10)];
    cells[1] = MOBILE;
    expect(formatted(readCases(csv(CASES_HEADER, cells.join(','))).problems)).toEqual([
      `data/2024/demo/cases.csv:2: 信访人: ${SENSITIVE_MESSAGE.mobile}`,
    ]);
  });

  it('refuses a number in a header cell, naming the column by position only', () => {
    const table = readCases(csv(`${CASES_HEADER},联系人${MOBILE}`, CASE_ROW.join(',')));
    expect(formatted(table.problems)).toEqual([
      `data/2024/demo/cases.csv:1: 第 11 列: ${SENSITIVE_MESSAGE.mobile}`,
      'data/2024/demo/cases.csv:1: 以下列不是信访积案台账的标准列，已忽略：第 11 列',
    ]);
  });

  it('refuses a number in the 合计 row', () => {
    const table = readSpending(
      csv(SPENDING_HEADER, 'P01,2024-02-10,A01,本年财政拨款,1000,困难救助', `合计,,,,1000,${ID18}`),
    );
    expect(formatted(table.problems)).toEqual([
      `data/2024/demo/spending.csv:3: 用途: ${SENSITIVE_MESSAGE.idcard}`,
    ]);
  });

  it.each([
    ['a case number', 'XF-2024-00012345678'],
    ['an 18-digit number with a wrong check digit', ID18_WRONG],
    ['a large amount', '"12,345,678,901.23"'],
  ])('accepts %s in a free-text column', (_, value) => {
    const cells = [...CASE_ROW];
    cells[10] = value;
    const table = readCases(csv(`${CASES_HEADER},备注`, cells.join(',')));
    expect(table.problems).toEqual([]);
    expect(table.records).toHaveLength(1);
  });

  it('accepts a large amount in a money column', () => {
    const table = readSpending(
      csv(SPENDING_HEADER, 'P01,2024-02-10,A01,本年财政拨款,"12,345,678,901.23",'),
    );
    expect(table.problems).toEqual([]);
    expect(table.records[0]?.amount).toBe(1_234_567_890_123);
  });
});

describe('readTable(file, bytes, spec) on petitioner names', () => {
  it.each(['罗某厚', '罗某', '罗某甲', '欧阳某华', '罗某厚等3人'])(
    'accepts the masked name %s',
    (name) => {
      const cells = [...CASE_ROW.slice(0, 10)];
      cells[1] = name;
      const table = readCases(csv(CASES_HEADER, cells.join(',')));
      expect(table.problems).toEqual([]);
      expect(table.records[0]?.petitioner).toBe(name);
    },
  );

  it.each(['罗明厚', '欧阳明华', '张三'])(
    'refuses the full name %s without repeating it',
    (name) => {
      const cells = [...CASE_ROW.slice(0, 10)];
      cells[1] = name;
      const lines = formatted(readCases(csv(CASES_HEADER, cells.join(','))).problems);
      expect(lines).toEqual([`data/2024/demo/cases.csv:2: 信访人: ${UNMASKED_NAME_MESSAGE}`]);
      for (const line of lines) {
        expect(line).not.toContain(name);
        expect(line).not.toContain(name.slice(-2));
      }
    },
  );
});
