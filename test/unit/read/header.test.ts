import { describe, expect, it } from 'vitest';
import { explainUnrecognised, mapHeader, normalizeHeader } from '../../../src/lib/read/header.ts';
import type { HeaderMap } from '../../../src/lib/read/header.ts';
import { budgetLineSchema } from '../../../src/lib/schema/budget.ts';
import { caseRecordSchema } from '../../../src/lib/schema/cases.ts';
import { columnsOf } from '../../../src/lib/read/columns.ts';
import { paymentRecordSchema } from '../../../src/lib/schema/spending.ts';

const PAYMENT = columnsOf(paymentRecordSchema);
const CASE = columnsOf(caseRecordSchema);
const BUDGET = columnsOf(budgetLineSchema);

/** field → [index, header as written, unit] for the mapped columns. */
function layout(map: HeaderMap) {
  return Object.fromEntries(
    map.columns.map((c) => [c.def.field, [c.index, c.header, c.unit ?? null]]),
  );
}

describe('normalizeHeader(raw)', () => {
  it.each([
    [' 金额（元） ', '金额(元)'],
    ['金 额 (万元)', '金额(万元)'],
    ['\uFEFF案件编号', '案件编号'],
    ['\u3000责任单位\u3000', '责任单位'],
  ])('normalizeHeader(%j) is %j', (raw, name) => {
    expect(normalizeHeader(raw)).toBe(name);
  });
});

describe('mapHeader(cells, defs)', () => {
  it('maps canonical headers to fields, in file order, with the money unit', () => {
    const map = mapHeader(['拨付编号', '拨付日期', '资金来源', '金额(元)'], PAYMENT);
    expect(layout(map)).toEqual({
      paymentId: [0, '拨付编号', null],
      date: [1, '拨付日期', null],
      source: [2, '资金来源', null],
      amount: [3, '金额(元)', '元'],
    });
    expect(map.errors).toEqual([]);
    expect(map.unknown).toEqual([]);
    expect(map.width).toBe(4);
  });

  it('accepts aliases, stray spaces, full-width brackets and a “单位：” prefix', () => {
    const map = mapHeader([' 凭证号 ', '拨付日期', '资金来源 ', '金额（单位：万元）'], PAYMENT);
    expect(layout(map)).toEqual({
      paymentId: [0, '凭证号', null],
      date: [1, '拨付日期', null],
      source: [2, '资金来源', null],
      amount: [3, '金额（单位：万元）', '万元'],
    });
    expect(map.errors).toEqual([]);
  });

  it.each([
    ['所属街镇', 'unit'],
    ['受理日期', 'registered'],
    ['化解日期', 'closed'],
    ['签订息诉罢访协议', 'settled'],
  ])('maps the cases.csv alias %s to %s', (alias, field) => {
    const map = mapHeader([alias], CASE);
    expect(map.columns.map((c) => c.def.field)).toEqual([field]);
  });

  it('maps money columns of budget.csv in 元 and 万元 alike', () => {
    const map = mapHeader(
      ['资金来源', '年初预算数(元)', '全年预算数（万元）', '全年执行数(元)'],
      BUDGET,
    );
    expect(map.columns.map((c) => [c.def.field, c.unit])).toEqual([
      ['source', undefined],
      ['initialBudget', '元'],
      ['annualBudget', '万元'],
      ['executed', '元'],
    ]);
  });

  it('refuses a money column without a unit', () => {
    const map = mapHeader(['拨付编号', '拨付日期', '资金来源', '金额'], PAYMENT);
    expect(map.errors).toEqual([
      { column: '金额', message: '金额列必须在表头注明单位：写作“金额(元)”或“金额(万元)”' },
    ]);
  });

  it('refuses a column given twice, naming the first one', () => {
    const map = mapHeader(
      ['拨付编号', '拨付日期', '凭证号', '资金来源', '金额(元)', '金额(万元)'],
      PAYMENT,
    );
    expect(map.errors).toEqual([
      { column: '凭证号', message: '与第 1 列“拨付编号”是同一列，只能保留一个' },
      { column: '金额(万元)', message: '与第 5 列“金额(元)”是同一列，只能保留一个' },
    ]);
  });

  it('names every missing required column with its aliases', () => {
    const map = mapHeader(['拨付日期'], PAYMENT);
    expect(map.errors).toEqual([
      { column: '拨付编号', message: '缺少必需的列：应有 “拨付编号” 或 “凭证号”' },
      { column: '资金来源', message: '缺少必需的列：应有 “资金来源”' },
      { column: '金额(元)', message: '缺少必需的列：应有 “金额(元)”' },
    ]);
  });

  it('lists unknown headers and headerless columns, ignoring trailing empty header cells', () => {
    const map = mapHeader(
      ['拨付编号', '拨付日期', '经办人', '', '资金来源', '金额(元)', ' ', ''],
      PAYMENT,
    );
    expect(map.unknown).toEqual(['经办人', '第 4 列（无表头）']);
    expect(map.width).toBe(6);
    expect(map.errors).toEqual([]);
  });

  it('treats a unit on a non-money header as an unknown column', () => {
    expect(mapHeader(['资金来源(元)'], PAYMENT).unknown).toEqual(['资金来源(元)']);
  });
});

describe('explainUnrecognised(rows, lines, defs)', () => {
  it.each([
    ['分号', '拨付编号;拨付日期;资金来源;金额(元)'],
    ['制表符', '拨付编号\t拨付日期\t资金来源\t金额(元)'],
    ['竖线', '拨付编号|拨付日期|资金来源|金额(元)'],
  ])('says the file is %s-delimited', (name, header) => {
    expect(explainUnrecognised([[header]], [1], PAYMENT)).toBe(
      `文件用${name}分隔各列，而不是逗号；请在 Excel 中另存为“CSV（逗号分隔）”`,
    );
  });

  it('says a title row sits above the header, naming the header’s line', () => {
    const rows = [
      ['2024年资金拨付明细表'],
      ['单位：元'],
      ['拨付编号', '拨付日期', '资金来源', '金额(元)'],
    ];
    expect(explainUnrecognised(rows, [1, 2, 4], PAYMENT)).toBe(
      '表头应在第一行，但第 4 行才像是表头；请删除上方的标题行',
    );
  });

  it('gives no guess for a file that is simply something else', () => {
    expect(
      explainUnrecognised(
        [
          ['姓名', '年龄'],
          ['x', '1'],
        ],
        [1, 2],
        PAYMENT,
      ),
    ).toBeUndefined();
  });
});
