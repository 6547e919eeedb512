import { describe, expect, it } from 'vitest';
import { carriedOverLine, carriedOverProblems } from '../../../src/lib/content/carry-over.ts';
import { checkNarrative } from '../../../src/lib/content/narrative.ts';

const FILE = 'content/2025/demo/01-jiben.mdx';

describe('carriedOverProblems(file, text)', () => {
  it('warns at the marker line of a carried-over narrative, naming the year it came from', () => {
    const text = `${carriedOverLine(2024, 2025)}\n\n全年化解积案。\n`;
    expect(carriedOverProblems(FILE, text)).toEqual([
      {
        file: FILE,
        line: 1,
        severity: 'warning',
        message: '本节仍是沿用 2024 年度的正文，尚未改写；改写后删除第 1 行的“待改写”标记',
      },
    ]);
  });

  it.each([
    ['the marker moved down, CRLF line ends', `甲\r\n\r\n${carriedOverLine(2023, 2025)}\r\n`, 3],
    ['a BOM before it', `\uFEFF${carriedOverLine(2024, 2025)}\n`, 1],
  ])('finds it with %s', (_, text, line) => {
    expect(carriedOverProblems(FILE, text).map((p) => p.line)).toEqual([line]);
  });

  it.each([
    ['no marker', '全年化解积案。\n'],
    ['the marker deleted', '\n全年化解积案。\n'],
    ['the words in prose, not as the marker', '本节沿用 2024 年度的正文格式。\n'],
    ['empty', ''],
  ])('is quiet with %s', (_, text) => {
    expect(carriedOverProblems(FILE, text)).toEqual([]);
  });
});

describe('carriedOverLine(from, to)', () => {
  it('is a comment the narrative check accepts', () => {
    const text = `${carriedOverLine(2024, 2025)}\n\n正文。\n`;
    expect(checkNarrative(FILE, text)).toEqual([]);
  });
});
