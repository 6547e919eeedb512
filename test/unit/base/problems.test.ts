import { describe, expect, it } from 'vitest';
import {
  compareText,
  DataError,
  formatProblem,
  ProblemSink,
  sortProblems,
} from '../../../src/lib/base/problems.ts';
import type { Problem } from '../../../src/lib/base/problems.ts';

describe('formatProblem(problem)', () => {
  it.each([
    [
      { file: 'd/x.csv', line: 4, column: '金额(元)', message: '不能为空' },
      'd/x.csv:4: 金额(元): 不能为空',
    ],
    [{ file: 'd/x.csv', line: 4, message: '合计行应是最后一行' }, 'd/x.csv:4: 合计行应是最后一行'],
    [{ file: 'd/x.csv', message: '文件为空（0 字节）' }, 'd/x.csv: 文件为空（0 字节）'],
    [{ file: 'd/x.csv', column: '计算口径', message: '未知' }, 'd/x.csv: 计算口径: 未知'],
  ])('formatProblem(%j) is %s', (parts, text) => {
    expect(formatProblem({ ...parts, severity: 'error' })).toBe(text);
  });
});

describe('sortProblems(problems)', () => {
  it('orders by file, then line (whole-file problems first), then column and message', () => {
    const p = (file: string, line?: number, column?: string): Problem => ({
      file,
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
      message: 'm',
      severity: 'error',
    });
    const sorted = sortProblems([
      p('b.csv', 1),
      p('a.csv', 10),
      p('a.csv', 2, '乙'),
      p('a.csv'),
      p('a.csv', 2, '甲'),
    ]);
    expect(sorted.map(formatProblem)).toEqual([
      'a.csv: m',
      'a.csv:2: 乙: m',
      'a.csv:2: 甲: m',
      'a.csv:10: m',
      'b.csv:1: m',
    ]);
  });
});

describe('compareText(a, b)', () => {
  it('orders by code unit, independent of locale', () => {
    expect(['b', 'B', 'a', '甲'].sort(compareText)).toEqual(['B', 'a', 'b', '甲']);
  });
});

describe('ProblemSink', () => {
  it('fills in the file and counts errors only', () => {
    const sink = new ProblemSink('d/x.csv');
    sink.warn('w', 1);
    sink.error('e', 2, '列');
    expect(sink.errorCount).toBe(1);
    expect(sink.problems).toEqual([
      { file: 'd/x.csv', line: 1, message: 'w', severity: 'warning' },
      { file: 'd/x.csv', line: 2, column: '列', message: 'e', severity: 'error' },
    ]);
  });
});

describe('DataError', () => {
  it('lists every error, and keeps all problems sorted', () => {
    const error = new DataError([
      { file: 'b.csv', line: 3, message: '二', severity: 'error' },
      { file: 'a.csv', message: '警', severity: 'warning' },
      { file: 'a.csv', line: 1, message: '一', severity: 'error' },
    ]);
    expect(error.message).toBe('数据有 2 个错误，构建已停止：\nb.csv:3: 二\na.csv:1: 一');
    expect(error.problems.map(formatProblem)).toEqual(['a.csv: 警', 'a.csv:1: 一', 'b.csv:3: 二']);
  });
});

describe('sortProblems(problems) on a narrative line', () => {
  it('orders 第N列 columns by number', () => {
    const at = (column: string) => ({
      file: 'a.mdx',
      line: 1,
      column,
      message: 'x',
      severity: 'error' as const,
    });
    expect(sortProblems([at('第28列'), at('第4列'), at('第100列')]).map((p) => p.column)).toEqual([
      '第4列',
      '第28列',
      '第100列',
    ]);
  });
});
