import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { TableCounts } from '../../../src/lib/read/table.ts';
import {
  BUDGET_HEADER,
  csv,
  errors,
  formatted,
  readBudget,
  readCases,
  readSpending,
  SPENDING_HEADER,
  warnings,
} from '../support/tables.ts';

const F = 'data/2024/demo/spending.csv';
const P1 = 'P01,2024-02-10,A01,本年财政拨款,"1,000.00",困难救助';
const P2 = 'P02,2024-03-10,,上年结转资金,500.50,';

/** Every row after the header is a record, blank, the 合计 row, or invalid. */
function accountedFor(c: TableCounts): boolean {
  return c.rows === c.records + c.blank + c.total + c.invalid;
}

describe('readTable(file, bytes, spec) reads records', () => {
  it('turns each row into a record carrying its line, money in 分', () => {
    const table = readSpending(csv(SPENDING_HEADER, P1, P2));
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      {
        line: 2,
        paymentId: 'P01',
        date: '2024-02-10',
        caseId: 'A01',
        source: '本年财政拨款',
        amount: 100_000,
        purpose: '困难救助',
      },
      { line: 3, paymentId: 'P02', date: '2024-03-10', source: '上年结转资金', amount: 50_050 },
    ]);
    expect(table.counts).toEqual({ rows: 2, records: 2, blank: 0, total: 0, invalid: 0 });
    expect(table.encoding).toBe('UTF-8');
    expect([...table.present].sort()).toEqual([
      'amount',
      'caseId',
      'date',
      'paymentId',
      'purpose',
      'source',
    ]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s line endings alike', (_, eol) => {
    const table = readSpending([SPENDING_HEADER, P1, P2, ''].join(eol));
    expect(table.problems).toEqual([]);
    expect(table.records.map((r) => [r.line, r.amount])).toEqual([
      [2, 100_000],
      [3, 50_050],
    ]);
  });

  it('reads a GB18030 file with CRLF, as Excel writes it', () => {
    const table = readSpending(
      iconv.encode(csv(SPENDING_HEADER, P1, P2).replace(/\n/g, '\r\n'), 'gb18030'),
    );
    expect(table.encoding).toBe('GB18030');
    expect(table.records.map((r) => r.source)).toEqual(['本年财政拨款', '上年结转资金']);
  });

  it('reads 万元 headers with full-width brackets and stray spaces into exact 分', () => {
    const table = readBudget(
      csv(
        ' 资金来源 ,年初预算数（万元）, 全年预算数 (万元) ,全年执行数(元)',
        '本年财政拨款,768.6979,"1,234.567891","7,686,979.00"',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      {
        line: 2,
        source: '本年财政拨款',
        initialBudget: 768_697_900,
        annualBudget: 1_234_567_891,
        executed: 768_697_900,
      },
    ]);
  });

  it('keeps commas, quotes and line breaks of quoted cells, and numbers later rows by physical line', () => {
    const table = readSpending(
      csv(
        SPENDING_HEADER,
        'P01,2024-02-10,A01,本年财政拨款,100,"救助,""困难""\n第二行\n第三行"',
        'P02,2024-02-30,,本年财政拨款,1,',
      ),
    );
    expect(table.records[0]?.purpose).toBe('救助,"困难"\n第二行\n第三行');
    expect(formatted(table.problems)).toEqual([
      `${F}:5: 拨付日期: 日期“2024-02-30”不存在；请核对年、月、日`,
    ]);
  });

  it('skips and counts blank rows anywhere, `,,,,` rows included', () => {
    const table = readSpending(
      ['', SPENDING_HEADER, '', P1, ',,,,,', ' , ,', P2, '', ''].join('\n'),
    );
    expect(table.problems).toEqual([]);
    expect(table.records.map((r) => r.line)).toEqual([4, 7]);
    // The final LF ends the last blank row: lines 3, 5, 6 and 8 are blank.
    expect(table.counts).toEqual({ rows: 6, records: 2, blank: 4, total: 0, invalid: 0 });
  });

  it('ignores trailing empty columns on the header and on rows', () => {
    const table = readSpending(
      csv(`${SPENDING_HEADER},,,,`, `${P1},,,,`, `${P2},,`, P2.replace('P02', 'P03')),
    );
    expect(table.problems).toEqual([]);
    expect(table.counts.records).toBe(3);
  });

  it('reports every problem of a row in one pass, each on its column', () => {
    const table = readSpending(csv(SPENDING_HEADER, ',2023-02-30,,,12.345,'));
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 拨付日期: 日期“2023-02-30”不存在；请核对年、月、日`,
      `${F}:2: 金额(元): “12.345”超出了精确到分的位数：以“元”为单位最多 2 位小数`,
      `${F}:2: 拨付编号: 不能为空`,
      `${F}:2: 资金来源: 不能为空`,
    ]);
    expect(table.counts).toEqual({ rows: 1, records: 0, blank: 0, total: 0, invalid: 1 });
  });

  it.each([
    ['12,34.5', '“12,34.5”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60'],
    ['¥1,00', '“¥1,00”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60'],
    ['', '不能为空'],
  ])('reports a bad amount %j with file, line and column', (amount, message) => {
    const table = readSpending(
      csv(SPENDING_HEADER, P1, `P02,2024-03-10,,上年结转资金,"${amount}",`),
    );
    expect(formatted(table.problems)).toEqual([`${F}:3: 金额(元): ${message}`]);
    expect(table.records.map((r) => r.paymentId)).toEqual(['P01']);
  });

  it('accepts separators, ￥, full-width digits, spaces and accounting negatives in amounts', () => {
    const amounts = [
      '"12,345.60"',
      '￥1000',
      '¥ 5',
      '１２３．４',
      ' 7 ',
      '-500',
      '(20.00)',
      '（0.01）',
    ];
    const rows = amounts.map((a, i) => `P${i},2024-03-10,,本年财政拨款,${a},`);
    const table = readSpending(csv(SPENDING_HEADER, ...rows));
    expect(table.problems).toEqual([]);
    expect(table.records.map((r) => r.amount)).toEqual([
      1_234_560, 100_000, 500, 12_340, 700, -50_000, -2_000, -1,
    ]);
  });
});

describe('readTable(file, bytes, spec) on the header', () => {
  it('warns once about unknown columns, naming them all, and keeps them out of the records', () => {
    const table = readSpending(csv(`经办人,${SPENDING_HEADER},备注,`, `张三,${P1},已核,`));
    expect(formatted(table.problems)).toEqual([
      `${F}:1: 以下列不是资金拨付明细的标准列，已忽略：经办人、备注`,
    ]);
    expect(warnings(table.problems)).toHaveLength(1);
    expect(table.unknownColumns).toEqual(['经办人', '备注']);
    expect(Object.keys(table.records[0] ?? {})).not.toContain('经办人');
    expect(table.records[0]?.amount).toBe(100_000);
  });

  it('refuses a money column without a unit; no row becomes a record', () => {
    const table = readSpending(
      csv('拨付编号,拨付日期,资金来源,金额', 'P01,2024-02-10,本年财政拨款,100'),
    );
    expect(formatted(table.problems)).toEqual([
      `${F}:1: 金额: 金额列必须在表头注明单位：写作“金额(元)”或“金额(万元)”`,
    ]);
    expect(table.counts).toEqual({ rows: 1, records: 0, blank: 0, total: 0, invalid: 1 });
  });

  it('refuses duplicate columns', () => {
    const table = readSpending(csv(`${SPENDING_HEADER},凭证号`, `${P1},X1`));
    expect(errors(table.problems)).toEqual([
      `${F}:1: 凭证号: 与第 1 列“拨付编号”是同一列，只能保留一个`,
    ]);
  });

  it('refuses missing required columns, one error each', () => {
    const table = readSpending(csv('拨付编号,拨付日期', 'P01,2024-02-10'));
    expect(formatted(table.problems)).toEqual([
      `${F}:1: 资金来源: 缺少必需的列：应有 “资金来源”`,
      `${F}:1: 金额(元): 缺少必需的列：应有 “金额(元)”`,
    ]);
  });

  it.each([
    [
      'semicolons',
      SPENDING_HEADER.replace(/,/g, ';'),
      P1.replace(/,/g, ';'),
      `${F}:1: 文件用分号分隔各列，而不是逗号；请在 Excel 中另存为“CSV（逗号分隔）”`,
    ],
    [
      'tabs',
      SPENDING_HEADER.replace(/,/g, '\t'),
      P2.replace(/,/g, '\t'),
      `${F}:1: 文件用制表符分隔各列，而不是逗号；请在 Excel 中另存为“CSV（逗号分隔）”`,
    ],
  ])('explains a file delimited by %s', (_, header, row, message) => {
    const table = readSpending(csv(header, row));
    expect(formatted(table.problems)).toEqual([message]);
    expect(table.records).toEqual([]);
  });

  it('explains a title row above the header', () => {
    const table = readSpending(csv('2024年度信访积案化解资金拨付明细,,,,,', SPENDING_HEADER, P1));
    expect(formatted(table.problems)).toEqual([
      `${F}:1: 表头应在第一行，但第 2 行才像是表头；请删除上方的标题行`,
    ]);
  });

  it('finds the header below leading blank lines and names its line', () => {
    const table = readSpending(csv('', ',,', '拨付编号,拨付日期', P1));
    expect(errors(table.problems)[0]).toBe(`${F}:3: 资金来源: 缺少必需的列：应有 “资金来源”`);
  });

  it('refuses a header it cannot read at all, listing the required columns', () => {
    const table = readSpending(csv('姓名,年龄', '张三,30'));
    expect(formatted(table.problems)).toEqual([
      `${F}:1: 第一行不是资金拨付明细的表头：没有一个列名可以识别；应有 拨付编号、拨付日期、资金来源、金额 等列`,
    ]);
  });

  it.each([
    ['blank lines only', '\n\n,,\n'],
    ['a BOM only', '\uFEFF'],
  ])('refuses a file with %s', (_, text) => {
    expect(formatted(readSpending(text).problems)).toEqual([
      `${F}: 文件没有表头，也没有数据；资金拨付明细应以表头行开始`,
    ]);
  });

  it('accepts a header with no rows: zero records, no problem', () => {
    const table = readSpending(csv(SPENDING_HEADER));
    expect(table.problems).toEqual([]);
    expect(table.counts).toEqual({ rows: 0, records: 0, blank: 0, total: 0, invalid: 0 });
  });
});

describe('readTable(file, bytes, spec) on the 合计 row', () => {
  it.each(['合计', '总计', '合 计', '总计：', ' 合计: '])(
    'takes a row starting %j as the total, not a record, and checks it',
    (word) => {
      const table = readSpending(csv(SPENDING_HEADER, P1, P2, `${word},,,,"1,500.50",`));
      expect(table.problems).toEqual([]);
      expect(table.records).toHaveLength(2);
      expect(table.counts).toEqual({ rows: 3, records: 2, blank: 0, total: 1, invalid: 0 });
      expect(table.statedTotals).toEqual(new Map([['amount', 150_050]]));
    },
  );

  it('finds 合计 in the first non-empty cell', () => {
    const table = readSpending(csv(SPENDING_HEADER, P1, ',,合计,,"1,000",'));
    expect(table.counts.total).toBe(1);
    expect(table.problems).toEqual([]);
  });

  it('does not take 合计 inside a longer cell for the total row', () => {
    const table = readSpending(csv(SPENDING_HEADER, '合计拨付1,2024-02-10,,本年财政拨款,1,'));
    expect(table.counts).toEqual({ rows: 1, records: 1, blank: 0, total: 0, invalid: 0 });
  });

  it('reports a total that does not match the rows as an error on the 合计 line', () => {
    const table = readSpending(csv(SPENDING_HEADER, P1, '', P2, '合计,,,,"1,500.00",'));
    expect(formatted(table.problems)).toEqual([
      `${F}:5: 金额(元): 合计行为 1,500.00 元，逐行相加为 1,500.50 元，相差 -0.50 元；请核对合计行或明细`,
    ]);
    expect(table.records).toHaveLength(2);
  });

  it('checks the 合计 of each money column of budget.csv in its own unit', () => {
    const table = readBudget(
      csv(
        BUDGET_HEADER,
        '本年财政拨款,1.5,2,0.123456',
        '上年结转资金,0.5,0.5,',
        '合计,2,2.6,0.123456',
      ),
    );
    expect(formatted(table.problems)).toEqual([
      'data/2024/demo/budget.csv:4: 全年预算数(万元): 合计行为 26,000.00 元，逐行相加为 25,000.00 元，相差 1,000.00 元；请核对合计行或明细',
    ]);
  });

  it('nets corrections in the total: the 合计 of 0.1 + 0.2 − 0.3 is 0.00 exactly', () => {
    const rows = ['0.1', '0.2', '-0.3'].map((a, i) => `P${i},2024-03-10,,本年财政拨款,${a},`);
    const table = readSpending(csv(SPENDING_HEADER, ...rows, '合计,,,,0.00,'));
    expect(table.problems).toEqual([]);
  });

  it('refuses content after the 合计 row, but not blank rows', () => {
    const table = readSpending(csv(SPENDING_HEADER, P1, '合计,,,,1000,', '', P2, ',,'));
    expect(formatted(table.problems)).toEqual([
      `${F}:5: 合计行（第 3 行）之后还有内容；合计行应是最后一行`,
    ]);
    expect(table.counts).toEqual({ rows: 5, records: 1, blank: 2, total: 1, invalid: 1 });
  });

  it('reports an unreadable amount in the 合计 row', () => {
    const table = readSpending(csv(SPENDING_HEADER, P1, '合计,,,,约一千,'));
    expect(formatted(table.problems)).toEqual([
      `${F}:3: 金额(元): 合计行：“约一千”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60`,
    ]);
  });
});

describe('readTable(file, bytes, spec) on broken rows', () => {
  it('refuses a row with more filled cells than the header', () => {
    const table = readSpending(
      csv(SPENDING_HEADER, 'P01,2024-02-10,A01,本年财政拨款,1,000.00,困难救助'),
    );
    expect(formatted(table.problems)).toEqual([
      `${F}:2: 这一行有 7 个单元格有内容，但表头只有 6 列；可能是某个含逗号的内容没有加引号`,
    ]);
    expect(table.counts.invalid).toBe(1);
  });

  it('reads a row missing trailing cells as blanks (as Excel writes some rows)', () => {
    const table = readSpending(csv(SPENDING_HEADER, 'P01,2024-02-10,A01,本年财政拨款,500', P2));
    expect(formatted(table.problems)).toEqual([]);
    expect(table.records.map((r) => [r.paymentId, r.amount, r.purpose])).toEqual([
      ['P01', 50000, undefined],
      ['P02', 50050, undefined],
    ]);
  });

  it('refuses a row cut short by an unquoted line break, on the required cells it lacks', () => {
    const table = readSpending(csv(SPENDING_HEADER, 'P01,2024-02-10,A01,本年财政拨款', P2));
    expect(formatted(table.problems)).toEqual([`${F}:2: 金额(元): 不能为空`]);
    expect(table.records.map((r) => r.paymentId)).toEqual(['P02']);
  });

  it('refuses an unclosed quote, naming the line where it opens', () => {
    const table = readSpending(
      csv(
        SPENDING_HEADER,
        P1,
        'P02,2024-03-10,,上年结转资金,500,"困难救助',
        P2.replace('P02', 'P03'),
      ),
    );
    expect(errors(table.problems)[0]).toBe(
      `${F}:3: 引号没有闭合：从这一行起的内容被读成了同一个单元格；请检查这一行的双引号是否成对`,
    );
    // The rest of the file went into one cell of line 3: that row is an error, not a record.
    expect(table.records.map((r) => r.paymentId)).toEqual(['P01']);
    expect(table.counts).toEqual({ rows: 2, records: 1, blank: 0, total: 0, invalid: 1 });
  });
});

describe('readTable(file, bytes, spec) accounts for every row', () => {
  it('counts records, blank, 合计 and invalid rows so they add up to the rows read', () => {
    const table = readCases(
      csv(
        '案件编号,信访人,责任单位,问题类别,登记日期,办结日期,化解状态',
        'A01,罗某厚,东城街道,征地拆迁,2024-01-05,2024-02-01,已化解',
        '',
        'A02,罗明厚,东城街道,征地拆迁,2024-01-05,2024-02-01,已化解',
        'A03,周某武,西城街道,劳动社保,2024-01-05,,已化解',
        ',,,,,,',
        'A04,周某,西城街道,劳动社保,2024-01-05,,化解中',
        '合计,4件,,,,,',
      ),
    );
    expect(table.counts).toEqual({ rows: 7, records: 2, blank: 2, total: 1, invalid: 2 });
    expect(accountedFor(table.counts)).toBe(true);
  });
});
