import { describe, expect, it } from 'vitest';
import { quote, safeMessage } from '../../../src/lib/privacy/echo.ts';

describe('quote(raw, max)', () => {
  it('quote shortens a long cell to 24 characters and an ellipsis', () => {
    expect(quote(' 一二三四五六七八九十一二三四五六七八九十一二三四五六 ')).toBe(
      '“一二三四五六七八九十一二三四五六七八九十一二三四…”',
    );
  });

  it.each([
    [' 东城街道 ', '“东城街道”'],
    ['', '“”'],
    ['电话 13812345678', '“电话 ＊＊＊”'],
    ['编号 2024-1381-2345-678', '“编号 ＊＊＊”'],
    ['１３８１２３４５６７８', '“＊＊＊”'],
    ['2024-01-05', '“2024-01-05”'],
    ['1234567890', '“1234567890”'],
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

  it('masks a long digit run inside quotes and outside them', () => {
    expect(safeMessage('“13812345678”不是有效日期，现为 110101199003071233')).toBe(
      '“＊＊＊”不是有效日期，现为 ＊＊＊',
    );
  });

  it('keeps dates, amounts and short numbers', () => {
    const message = '拨付日期 2024-03-10 不在 2023 年内；金额 1,234,567.89 元';
    expect(safeMessage(message)).toBe(message);
  });
});
