import { describe, expect, it } from 'vitest';
import {
  deadlineMet,
  readTarget,
  readTimeActual,
  targetMistake,
  unitWritten,
} from '../../../src/lib/schema/indicator-forms.ts';

describe('readTarget(text)', () => {
  it.each([
    ['270', { kind: 'number', value: '270' }],
    ['95%', { kind: 'number', value: '95' }],
    ['90%-100%', { kind: 'range', low: '90', high: '100' }],
    ['[90,100]', { kind: 'range', low: '90', high: '100' }],
    ['［90，100］', { kind: 'range', low: '90', high: '100' }],
    ['90-100', { kind: 'range', low: '90', high: '100' }],
    ['90～100', { kind: 'range', low: '90', high: '100' }],
    ['2.5至3', { kind: 'range', low: '2.5', high: '3' }],
    ['2024年12月31日前', { kind: 'deadline', year: 2024, month: 12, day: 31 }],
    ['2024-06-30之前', { kind: 'deadline', year: 2024, month: 6, day: 30 }],
    ['12月底前', { kind: 'deadline', year: undefined, month: 12, day: undefined }],
    ['2024年6月底', { kind: 'deadline', year: 2024, month: 6, day: undefined }],
    ['11月30日前', { kind: 'deadline', year: undefined, month: 11, day: 30 }],
    ['按时', { kind: 'onTime' }],
    ['及时', { kind: 'onTime' }],
    ['有效', { kind: 'text' }],
    ['持续改善', { kind: 'text' }],
    ['100-90', { kind: 'text' }],
    ['13月底前', { kind: 'text' }],
    ['2024年2月30日前', { kind: 'text' }],
  ])('reads %j as %o', (text, form) => {
    expect(readTarget(text)).toEqual(form);
  });
});

describe('unitWritten(text)', () => {
  it.each([
    ['270件', '件'],
    ['30万元', '万元'],
    ['95%', '%'],
    ['90%-100%', '%'],
    ['[90%,100%]', '%'],
    ['270', undefined],
    ['有效', undefined],
    ['12月底前', undefined],
    ['2024年12月31日前', undefined],
  ])('finds the unit of %j: %s', (text, unit) => {
    expect(unitWritten(text)).toBe(unit);
  });
});

describe('readTimeActual(text)', () => {
  it.each([
    ['是', { kind: 'flag', done: true }],
    ['否', { kind: 'flag', done: false }],
    ['按时完成', { kind: 'flag', done: true }],
    ['逾期', { kind: 'flag', done: false }],
    ['2024年12月20日', { kind: 'date', date: '2024-12-20' }],
    ['2024/12/20', { kind: 'date', date: '2024-12-20' }],
  ])('reads %j', (text, read) => {
    expect(readTimeActual(text)).toEqual(read);
  });

  it('refuses words that are neither a date nor 是/否, naming both forms', () => {
    expect(readTimeActual('差不多')).toBe(
      '“差不多”不是有效的完成情况；时效指标的实际完成值应为完成日期（如 2024年12月20日）或 是/否',
    );
  });

  it('refuses an impossible date with the date reader’s message', () => {
    expect(readTimeActual('2024年2月30日')).toBe('日期“2024年2月30日”不存在；请核对年、月、日');
  });
});

describe('targetMistake(text)', () => {
  it.each([
    ['100%-90%', '“100%-90%”：区间的下限大于上限；应先写小的数，如 90-100'],
    ['[100,90]', '“[100,90]”：区间的下限大于上限；应先写小的数，如 90-100'],
    ['100～90', '“100～90”：区间的下限大于上限；应先写小的数，如 90-100'],
    ['[90,100)', '“[90,100)”：区间的两端都包含在内，应写成 [90,100] 或 90-100；不支持半开或开区间'],
    ['(90,100)', '“(90,100)”：区间的两端都包含在内，应写成 [90,100] 或 90-100；不支持半开或开区间'],
    ['[90,100', '“[90,100”：区间的两端都包含在内，应写成 [90,100] 或 90-100；不支持半开或开区间'],
    [
      '2024年13月31日前',
      '“2024年13月31日前”不是存在的日期；请核对月、日（月份 1–12，日不超过该月天数）',
    ],
    ['2月30日前', '“2月30日前”不是存在的日期；请核对月、日（月份 1–12，日不超过该月天数）'],
    ['13月底前', '“13月底前”不是存在的日期；请核对月、日（月份 1–12，日不超过该月天数）'],
    [
      '2024-02-30之前',
      '“2024-02-30之前”不是存在的日期；请核对月、日（月份 1–12，日不超过该月天数）',
    ],
  ])('names the slip in %j', (text, message) => {
    expect(targetMistake(text)).toBe(message);
  });

  it.each([
    '270',
    '90%-100%',
    '[90,100]',
    '90-90',
    '2024年12月31日前',
    '2月29日前',
    '12月底前',
    '按时',
    '有效',
    '2024-2025',
  ])('finds nothing wrong in %j', (text) => {
    expect(targetMistake(text)).toBeUndefined();
  });
});

describe('deadlineMet(target, actual, reportYear)', () => {
  const dec31 = readTarget('2024年12月31日前');
  const monthEnd = readTarget('2月底前');
  it.each([
    [dec31, '2024-12-31', true],
    [dec31, '2025-01-01', false],
    [monthEnd, '2024-02-29', true],
    [monthEnd, '2023-02-28', true],
    [monthEnd, '2024-03-01', false],
    [monthEnd, '2025-02-28', false],
  ])('deadline %o, done %s: %s', (target, date, met) => {
    expect(deadlineMet(target, { kind: 'date', date }, 2024)).toBe(met);
  });

  it('takes 是/否 as it stands', () => {
    expect(deadlineMet({ kind: 'onTime' }, { kind: 'flag', done: true }, 2024)).toBe(true);
    expect(deadlineMet(dec31, { kind: 'flag', done: false }, 2024)).toBe(false);
  });
});

describe('targetMistake(text) never repeats a number that could be a phone', () => {
  it('withholds a reversed range of phone-length numbers', () => {
    const message = targetMistake('13912345678-13812345678') ?? '';
    expect(message).toMatch(/区间的下限大于上限/);
    expect(message).not.toMatch(/\d{7}/);
  });
});
