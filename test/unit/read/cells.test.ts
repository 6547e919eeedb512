import { describe, expect, it } from 'vitest';
import {
  CellFailure,
  normalizeNumeric,
  parseDate,
  parseDecimal,
  parseFlag,
  parseMoney,
  parseText,
} from '../../../src/lib/read/cells.ts';
import type { Cell, MoneyUnit } from '../../../src/lib/read/cells.ts';

/** A cell result as a plain value or `{ failure: message }`, so tables can hold both. */
function outcome<T>(cell: Cell<T>): T | undefined | { failure: string } {
  return cell instanceof CellFailure ? { failure: cell.message } : cell;
}

/** Fen of a cell that must parse. */
function fen(raw: string, unit: MoneyUnit = '元'): number {
  const value = parseMoney(raw, unit);
  if (typeof value !== 'number') throw new Error(`${raw} did not parse: ${String(value)}`);
  return value;
}

describe('parseMoney(raw, unit)', () => {
  it.each([
    ['12345.60', '元', 1_234_560],
    ['12,345.60', '元', 1_234_560],
    ['1,234,567.8', '元', 123_456_780],
    ['￥1,000', '元', 100_000],
    ['¥1,000.5', '元', 100_050],
    ['１２３.４', '元', 12_340],
    ['１２，３４５．６０', '元', 1_234_560],
    ['  12  ', '元', 1_200],
    ['\u300012\u3000', '元', 1_200],
    ['100元', '元', 10_000],
    ['0', '元', 0],
    ['.5', '元', 50],
    ['5.', '元', 500],
    ['12.340', '元', 1_234],
    ['-500', '元', -50_000],
    ['－500', '元', -50_000],
    ['(500.00)', '元', -50_000],
    ['（500.00）', '元', -50_000],
    ['-¥5', '元', -500],
    ['¥-5', '元', -500],
    ['-0', '元', 0],
    ['5.4812', '万元', 5_481_200],
    ['1.234567', '万元', 1_234_567],
    ['0.000001', '万元', 1],
    ['１２３', '万元', 123_000_000],
    ['768.6979万元', '万元', 768_697_900],
  ] as const)('parseMoney(%j, %s) is %i 分', (raw, unit, expected) => {
    expect(parseMoney(raw, unit)).toBe(expected);
  });

  it.each(['', '   ', '\u3000'])('parseMoney(%j) is undefined: a blank cell', (raw) => {
    expect(parseMoney(raw, '元')).toBeUndefined();
  });

  it.each([
    ['12,34.5', '元', '“12,34.5”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60'],
    ['1,2345', '元', '“1,2345”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60'],
    ['abc', '元', '“abc”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60'],
    ['1e5', '元', '“1e5”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60'],
    ['$5', '元', '“$5”不是有效金额；应为数字，可带千分位和 ¥，如 12,345.60'],
    ['五百', '万元', '“五百”不是有效金额；应为数字，可带千分位和 ¥，如 5.4812'],
    ['12.345', '元', '“12.345”超出了精确到分的位数：以“元”为单位最多 2 位小数'],
    ['1.23456789', '万元', '“（此处不显示内容）”超出了精确到分的位数：以“万元”为单位最多 6 位小数'],
    ['100万元', '元', '单元格“100万元”的单位与表头的“元”不一致；请统一为表头的单位'],
    ['100元', '万元', '单元格“100元”的单位与表头的“万元”不一致；请统一为表头的单位'],
    // Eleven or more digits in a row are never repeated in a message (they may hide an ID or phone).
    ['99999999999999999', '元', '“（此处不显示内容）”金额过大，超出了可精确计算的范围'],
  ] as const)('parseMoney(%j, %s) fails: %s', (raw, unit, message) => {
    expect(outcome(parseMoney(raw, unit))).toEqual({ failure: message });
  });

  it('adds 0.1 + 0.2 元 to exactly 30 分 (floats give 0.30000000000000004)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(fen('0.1') + fen('0.2')).toBe(30);
  });

  it('adds a thousand 0.01 元 payments to exactly 1000 分', () => {
    let floats = 0;
    let exact = 0;
    for (let i = 0; i < 1000; i++) {
      floats += 0.01;
      exact += fen('0.01');
    }
    expect(floats).not.toBe(10);
    expect(exact).toBe(1000);
  });

  it('keeps the 分 of large amounts: 12,345,678,901.23 元 + 0.01 元', () => {
    expect(fen('12,345,678,901.23') + fen('0.01')).toBe(1_234_567_890_124);
  });

  it('converts 万元 with six decimals exactly: 5.481201 + 0.000003 万元 is 5,481,204 分', () => {
    expect(5.481201 + 0.000003).not.toBe(5.481204);
    expect(fen('5.481201', '万元') + fen('0.000003', '万元')).toBe(5_481_204);
  });

  it('gives the same 分 for one amount written in 元 and in 万元', () => {
    expect(fen('7,686,979.00')).toBe(fen('768.6979', '万元'));
    expect(fen('1.23')).toBe(fen('0.000123', '万元'));
  });
});

describe('parseDate(raw)', () => {
  it.each([
    ['2023-03-05', '2023-03-05'],
    ['2023/3/5', '2023-03-05'],
    ['2023.3.5', '2023-03-05'],
    ['2023年3月5日', '2023-03-05'],
    ['20230305', '2023-03-05'],
    ['2023-3-5', '2023-03-05'],
    ['2023/03/05', '2023-03-05'],
    ['２０２３年３月５日', '2023-03-05'],
    [' 2023-03-05 ', '2023-03-05'],
    ['2023-03-05 10:30', '2023-03-05'],
    ['2023/3/5 9:05:00', '2023-03-05'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2023-12-31', '2023-12-31'],
  ])('parseDate(%j) is %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023年2月30日',
  ])('parseDate(%j) fails: the date does not exist', (raw) => {
    expect(outcome(parseDate(raw))).toEqual({ failure: `日期“${raw}”不存在；请核对年、月、日` });
  });

  it('parseDate("20231301") fails without repeating eight digits written together', () => {
    expect(outcome(parseDate('20231301'))).toEqual({
      failure: '日期“（此处不显示内容）”不存在；请核对年、月、日',
    });
  });

  it('parseDate("一三八〇〇一三八〇〇〇") fails without repeating what reads as a phone number', () => {
    expect(outcome(parseDate('一三八〇〇一三八〇〇〇'))).toEqual({
      failure: expect.stringMatching(/^“（此处不显示内容）”不是可识别的日期/),
    });
  });

  it.each(['230305', '2023-03/05', '2023年3月5', '3/5/2023', '明年'])(
    'parseDate(%j) fails: not one of the five forms',
    (raw) => {
      expect(outcome(parseDate(raw))).toEqual({
        failure: `“${raw}”不是可识别的日期；可写作 2023-03-05、2023/3/5、2023.3.5、2023年3月5日 或 20230305`,
      });
    },
  );

  it('parseDate("") is undefined: a blank cell', () => {
    expect(parseDate('  ')).toBeUndefined();
  });
});

describe('parseFlag(raw)', () => {
  it.each([
    ['是', true],
    ['Y', true],
    ['y', true],
    ['yes', true],
    ['√', true],
    ['1', true],
    [' 是 ', true],
    ['否', false],
    ['N', false],
    ['×', false],
    ['0', false],
    ['', false],
  ])('parseFlag(%j) is %s (blank is 否)', (raw, value) => {
    expect(parseFlag(raw)).toBe(value);
  });

  it('parseFlag("不详") fails, naming the accepted values', () => {
    expect(outcome(parseFlag('不详'))).toEqual({
      failure: '“不详”不是有效取值；应为 是 或 否（也可写 Y/N、√，空白表示否）',
    });
  });
});

describe('parseText(raw)', () => {
  it.each([
    ['  东城街道 ', '东城街道'],
    ['', undefined],
    ['\u3000', undefined],
  ])('parseText(%j) is %j', (raw, value) => {
    expect(parseText(raw)).toBe(value);
  });
});

describe('parseDecimal(raw)', () => {
  it.each([
    ['95', '95'],
    ['95%', '95'],
    ['１００％', '100'],
    ['95.50', '95.5'],
    ['1,234.5', '1234.5'],
    ['00.5', '0.5'],
    ['-0.5', '-0.5'],
    ['-0', '0'],
    [' 9.825 ', '9.825'],
  ])('parseDecimal(%j) is %j', (raw, text) => {
    expect(parseDecimal(raw)).toBe(text);
  });

  it.each(['abc', '1.2.3', '--5'])('parseDecimal(%j) fails', (raw) => {
    expect(outcome(parseDecimal(raw))).toEqual({ failure: `“${raw}”不是有效数字` });
  });
});

describe('normalizeNumeric(raw)', () => {
  it('normalizeNumeric maps full-width digits, ￥ and separators to ASCII and drops spaces', () => {
    expect(normalizeNumeric(' ￥１２，３４５．６０ ')).toBe('¥12,345.60');
  });
});
