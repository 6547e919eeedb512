import { describe, expect, it } from 'vitest';
import {
  devProblems,
  devProblemsPage,
  setDevProblems,
} from '../../../src/lib/pipeline/dev-problems.ts';
import type { Problem } from '../../../src/lib/base/problems.ts';

const error = (message: string, line = 2): Problem => ({
  file: 'data/2024/demo/budget.csv',
  line,
  column: '全年预算数(万元)',
  message,
  severity: 'error',
});

describe('devProblemsPage(problems)', () => {
  it('lists each problem located, errors apart from warnings', () => {
    const html = devProblemsPage([
      error('“x”不是有效金额'),
      { file: 'content/2024/demo/', message: '尚未撰写', severity: 'warning' },
    ]);
    expect(html).toContain('数据有 1 个错误');
    expect(html).toContain(
      '<li>data/2024/demo/budget.csv:2: 全年预算数(万元): “x”不是有效金额</li>',
    );
    expect(html).toContain('提示（1）');
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["a & b 'c'", 'a &amp; b &#39;c&#39;'],
  ])('writes a message holding markup %s as text', (message, escaped) => {
    const html = devProblemsPage([error(message)]);
    expect(html).toContain(escaped);
    expect(html).not.toContain(message);
  });
});

describe('setDevProblems(problems) / devProblems()', () => {
  it('keeps the problems of the latest reload, sorted, until cleared', () => {
    setDevProblems([error('b', 5), error('a', 3)]);
    expect(devProblems()?.map((p) => p.line)).toEqual([3, 5]);
    setDevProblems(undefined);
    expect(devProblems()).toBeUndefined();
  });
});
