import { describe, expect, it } from 'vitest';
import {
  CLASS,
  classifyAstral,
  COMMA,
  DIGIT,
  EXPAND,
  EXPANSION,
  HARD,
  INVISIBLE,
  LETTER,
  NUMERAL,
  SEP,
  SPACE,
  VALUE,
  X,
} from '../../../src/lib/privacy/digit-chars.ts';

const at = (ch: string) => ch.charCodeAt(0);

describe('CLASS and VALUE: what each BMP character is to the detector', () => {
  it.each([
    ['7', DIGIT],
    ['７', DIGIT],
    ['٣', DIGIT],
    ['३', DIGIT],
    ['X', X],
    ['x', X],
    [' ', SPACE],
    ['\u3000', SPACE],
    ['\u00a0', SPACE],
    ['-', SEP],
    ['—', SEP],
    ['・', SEP],
    ['/', SEP],
    ['\u200b', INVISIBLE],
    ['\u00ad', INVISIBLE],
    ['\ufeff', INVISIBLE],
    ['\ufe0f', INVISIBLE],
    ['⑩', EXPAND],
    ['⒈', EXPAND],
    ['甲', HARD],
    ['〇', DIGIT],
    ['三', DIGIT],
    ['叁', DIGIT],
    ['❶', DIGIT],
    ['➀', DIGIT],
    ['Х', X],
    ['×', X],
    ['\u20e3', INVISIBLE],
    ['\u0301', INVISIBLE],
    ['幺', NUMERAL],
    ['两', NUMERAL],
    ['O', LETTER],
    ['l', LETTER],
    [',', COMMA],
    ['，', COMMA],
    ['、', HARD],
    ['十', HARD],
    ['a', HARD],
  ])('%j is class %i', (ch, cls) => {
    expect(CLASS[at(ch)]).toBe(cls);
  });

  it.each([
    ['７', 7],
    ['٣', 3],
    ['३', 3],
    ['〇', 0],
    ['零', 0],
    ['捌', 8],
    ['陸', 6],
    ['❾', 9],
    ['➂', 3],
  ])('%j is the digit %i', (ch, value) => {
    expect(CLASS[at(ch)]).toBe(DIGIT);
    expect(VALUE[at(ch)]).toBe(value);
  });

  it('expands enclosed and full-stop numbers to ASCII digits', () => {
    expect(EXPANSION.get(at('⑩'))).toBe('10');
    expect(EXPANSION.get(at('⒈'))).toBe('1');
    expect(EXPANSION.get(at('❿'))).toBe('10');
    expect(EXPANSION.get(at('⓫'))).toBe('11');
    expect(EXPANSION.get(at('甲'))).toBeUndefined();
  });
});

describe('classifyAstral(cp)', () => {
  it.each([
    [0x1d7cf, DIGIT, 1],
    [0x1d7d8, DIGIT, 0],
    [0x1f600, HARD, undefined],
    [0xe0100, INVISIBLE, undefined],
  ])('U+%s is class %i with value %s', (cp, cls, value) => {
    const found = classifyAstral(cp);
    expect(found.cls).toBe(cls);
    expect(found.value).toBe(value);
  });

  it('gives the same answer again from its cache', () => {
    expect(classifyAstral(0x1d7cf)).toBe(classifyAstral(0x1d7cf));
  });
});
