import { describe, expect, it } from 'vitest';
import { isIdCard15, isIdCard18, numberKind } from '../../../src/lib/privacy/id-numbers.ts';
import { ID15, ID18, ID18_WRONG, ID18_X, withCheckDigit } from '../support/ids.ts';

describe('isIdCard18(run) and isIdCard15(run)', () => {
  it('the test ids are well formed', () => {
    expect(ID18).toMatch(/^12345620000101000[\dX]$/);
    expect(ID18_X.endsWith('X')).toBe(true);
  });

  it.each([
    [ID18, true],
    [ID18_X, true],
    [ID18_X.toLowerCase(), true],
    [ID18_WRONG, false],
    [withCheckDigit('12345620000230000'), false], // 2000-02-30: check digit right, date impossible
    [withCheckDigit('02345620000101000'), false], // region cannot start with 0
    [withCheckDigit('92345620000101000'), false], // nor with 9
  ])('isIdCard18(%s) is %s', (run, expected) => {
    expect(isIdCard18(run)).toBe(expected);
  });

  it.each([
    [ID15, true],
    ['123456001301000', false], // month 13
    ['023456000101000', false],
  ])('isIdCard15(%s) is %s', (run, expected) => {
    expect(isIdCard15(run)).toBe(expected);
  });
});

describe('numberKind(run, x)', () => {
  it.each([
    [ID18, false, 'idcard'],
    [ID18_X.slice(0, 17), true, 'idcard'],
    [ID18_X.slice(0, 17), false, undefined],
    [ID18_WRONG, false, undefined],
    [ID15, false, 'idcard'],
    ['13800000000', false, 'mobile'],
    ['19912345678', false, 'mobile'],
    ['8613800000000', false, 'mobile'],
    ['008613800000000', false, 'mobile'],
    ['12800000000', false, undefined],
    ['10800000000', false, undefined],
    ['23800000000', false, undefined],
    ['1380000000', false, undefined],
    ['138000000001', false, undefined],
    ['8612800000000', false, undefined],
    ['0013800000000', false, undefined],
    ['', false, undefined],
  ])('numberKind(%j, x = %s) is %s', (run, x, kind) => {
    expect(numberKind(run, x)).toBe(kind);
  });
});
