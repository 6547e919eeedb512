import { describe, expect, it } from 'vitest';
import {
  compareText,
  DataError,
  formatProblem,
  GROUP_FROM,
  groupText,
  problemLines,
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
    expect(error.message).toBe('数据有 2 个错误，构建已停止：\na.csv:1: 一\nb.csv:3: 二');
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

describe('problemLines(problems)', () => {
  const at = (line: number, message: string, extra: Partial<Problem> = {}): Problem => ({
    file: 'data/2025/x/spending.csv',
    line,
    column: '拨付日期',
    message,
    severity: 'error',
    ...extra,
  });
  const late = (line: number) =>
    at(line, `拨付日期 2024-01-${String(line).padStart(2, '0')} 不在 2025 年内`, {
      group: '拨付日期不在 2025 年内',
    });

  it('prints many rows with the same problem as one line, count and first rows', () => {
    const rows = Array.from({ length: 423 }, (_, i) => late(i + 2)).reverse();
    expect(problemLines(rows)).toEqual([
      'data/2025/x/spending.csv: 拨付日期: 共 423 行：拨付日期不在 2025 年内（如第 2、3、4 行）',
    ]);
  });

  it(`keeps rows apart below ${GROUP_FROM}, and from ${GROUP_FROM} rows groups them`, () => {
    const under = Array.from({ length: GROUP_FROM - 1 }, (_, i) => late(i + 2));
    expect(problemLines(under)).toHaveLength(GROUP_FROM - 1);
    expect(problemLines([...under, late(40)])).toHaveLength(1);
  });

  it('groups identical messages and messages that differ only in a quoted cell', () => {
    const same = [2, 3, 4, 5].map((l) => at(l, '不能为空', { column: '金额(元)' }));
    const quoted = [6, 7, 8, 9].map((l) => at(l, `“${l}x”不是有效金额`, { column: '金额(元)' }));
    expect(problemLines([...same, ...quoted])).toEqual([
      'data/2025/x/spending.csv: 金额(元): 共 4 行：不能为空（如第 2、3、4 行）',
      'data/2025/x/spending.csv: 金额(元): 共 4 行：“…”不是有效金额（如第 6、7、8 行）',
    ]);
  });

  it('keeps apart what differs in file, column, severity or problem, and whole-file problems', () => {
    const rows = [2, 3, 4, 5];
    const lines = problemLines([
      ...rows.map((l) => at(l, '甲')),
      ...rows.map((l) => at(l, '甲', { file: 'data/2025/y/spending.csv' })),
      ...rows.map((l) => at(l, '甲', { column: '金额(元)' })),
      ...rows.map((l) => at(l, '甲', { severity: 'warning' })),
      ...rows.map((l) => at(l, '乙')),
      ...rows.map(() => ({ file: 'a.csv', message: '缺少文件', severity: 'error' as const })),
    ]);
    expect(lines.filter((l) => l.includes('共 4 行'))).toHaveLength(5);
    expect(lines.filter((l) => l === 'a.csv: 缺少文件')).toHaveLength(4);
  });

  it('prints lone problems as formatProblem does, in file then line order', () => {
    const whole: Problem = {
      file: 'data/2025/x/spending.csv',
      line: 3,
      message: '甲',
      severity: 'error',
    };
    expect(problemLines([at(9, '乙'), whole])).toEqual([
      'data/2025/x/spending.csv:3: 甲',
      'data/2025/x/spending.csv:9: 拨付日期: 乙',
    ]);
  });

  it('prints the same problem in many files of one folder as one line, count and first files', () => {
    const carried = (name: string, line = 1): Problem => ({
      file: `content/2025/demo/${name}`,
      line,
      message: '本节仍是沿用 2024 年度的正文',
      severity: 'warning',
    });
    const names = ['03-c.mdx', '01-a.mdx', '02-b.mdx', '04-d.mdx', '05-e.mdx'];
    expect(problemLines(names.map((n) => carried(n)))).toEqual([
      'content/2025/demo/: 共 5 个文件：本节仍是沿用 2024 年度的正文（如 01-a.mdx、02-b.mdx、03-c.mdx）',
    ]);
    // Fewer files, another line, or another folder: each on its own.
    expect(problemLines(names.slice(0, GROUP_FROM - 1).map((n) => carried(n)))).toHaveLength(
      GROUP_FROM - 1,
    );
    expect(
      problemLines([...names.slice(0, 3).map((n) => carried(n)), carried('04-d.mdx', 3)]),
    ).toHaveLength(4);
    const other = { ...carried('x.mdx'), file: 'content/2025/other/x.mdx' };
    expect(problemLines([...names.slice(0, 3).map((n) => carried(n)), other])).toHaveLength(4);
  });

  it('leaves rows grouped in their file out of a folder group', () => {
    const row = (file: string, line: number): Problem => ({
      file,
      line,
      message: '甲',
      severity: 'error',
    });
    const lines = problemLines([
      ...[2, 3, 4, 5].map((l) => row('d/a.csv', l)),
      row('d/b.csv', 2),
      row('d/c.csv', 2),
      row('d/e.csv', 2),
    ]);
    expect(lines).toEqual([
      'd/a.csv: 共 4 行：甲（如第 2、3、4 行）',
      'd/b.csv:2: 甲',
      'd/c.csv:2: 甲',
      'd/e.csv:2: 甲',
    ]);
  });

  it('gives nothing for no problems', () => {
    expect(problemLines([])).toEqual([]);
  });
});

describe('groupText(problem)', () => {
  it.each([
    ['“12,34.5”不是有效金额', undefined, '“…”不是有效金额'],
    ['资金来源“甲”不在“乙”中', undefined, '资金来源“…”不在“…”中'],
    ['不能为空', undefined, '不能为空'],
    ['拨付日期 2024-01-02 不在 2025 年内', '拨付日期不在 2025 年内', '拨付日期不在 2025 年内'],
  ])('%s (group %s) → %s', (message, group, text) => {
    const p: Problem = { file: 'a.csv', line: 2, message, severity: 'error' };
    if (group !== undefined) p.group = group;
    expect(groupText(p)).toBe(text);
  });
});
