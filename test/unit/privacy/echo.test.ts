import { describe, expect, it } from 'vitest';
import {
  mayEcho,
  quote,
  safeMessage,
  WITHHELD,
  WITHHELD_MESSAGE,
} from '../../../src/lib/privacy/echo.ts';
import { READER_FORMS } from '../support/reader-forms.ts';

describe('quote(raw, max)', () => {
  it('quote shortens a long cell to 24 characters and an ellipsis', () => {
    expect(quote(' 甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己 ')).toBe(
      '“甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁…”',
    );
  });

  it.each([
    [' 东城街道 ', '“东城街道”'],
    ['', '“”'],
    ['电话 13812345678', WITHHELD],
    ['编号 2024-1381-2345-678', WITHHELD],
    ['１３８１２３４５６７８', WITHHELD],
    ['一三八〇〇一三八〇〇〇', WITHHELD],
    ['一三八〇〇一三', WITHHELD],
    ['1234567', WITHHELD],
    ['2024-01-05', '“2024-01-05”'],
    ['二〇二四年三月五日', '“二〇二四年三月五日”'],
    ['123456', '“123456”'],
    ['1,234,567.89', '“1,234,567.89”'],
  ])('quote(%j) is %s', (raw, quoted) => {
    expect(quote(raw)).toBe(quoted);
  });

  it('cuts at the given length', () => {
    expect(quote('甲乙丙丁', 2)).toBe('“甲乙…”');
  });
});

describe('safeMessage(message, max)', () => {
  it('leaves a message with short, digit-free quotes alone', () => {
    const message = '“东城街道”不是有效取值；应为 “已化解”、“化解中” 之一';
    expect(safeMessage(message)).toBe(message);
  });

  it('cuts a long quoted value as quote() does', () => {
    const long = '甲'.repeat(60);
    expect(safeMessage(`“${long}”不是有效取值`)).toBe(`“${'甲'.repeat(48)}…”不是有效取值`);
  });

  it('withholds a quoted value that reads as digits, and masks a long run outside quotes', () => {
    expect(safeMessage('“13812345678”不是有效日期，现为 110101199003071233')).toBe(
      `${WITHHELD}不是有效日期，现为 ＊＊＊`,
    );
    expect(safeMessage('拨付日期: “一三八〇〇一三八〇〇〇”不是可识别的日期')).toBe(
      `拨付日期: ${WITHHELD}不是可识别的日期`,
    );
    expect(safeMessage('Invalid enum value. Received "一三八〇〇一三八〇〇〇"')).toBe(
      `Invalid enum value. Received ${WITHHELD}`,
    );
  });

  it('withholds a whole message that reads as a number only through markup', () => {
    expect(safeMessage('现为 138<b>0013</b>8000')).toBe(WITHHELD_MESSAGE);
  });

  it('keeps dates, amounts and short numbers', () => {
    const message = '拨付日期 2024-03-10 不在 2023 年内；金额 1,234,567.89 元';
    expect(safeMessage(message)).toBe(message);
  });
});

describe('mayEcho(text)', () => {
  it.each(READER_FORMS.map((f) => [f.form, f.example] as const))(
    'is false for a number written as %s',
    (_, example) => {
      expect(mayEcho(example)).toBe(false);
      expect(quote(example)).toBe(WITHHELD);
      expect(safeMessage(`登记日期: “${example}”不是可识别的日期`)).not.toContain(example);
    },
  );

  it('is true for names, dates, amounts and short counts', () => {
    for (const text of ['罗某厚', '2024-03-05', '1,234,567,890.12', '第3季度', '共12件'])
      expect(mayEcho(text), text).toBe(true);
  });
});
