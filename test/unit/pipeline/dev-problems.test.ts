import { describe, expect, it } from 'vitest';
import {
  devProblems,
  devProblemsFor,
  devProblemsPage,
  projectYearOf,
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
    expect(devProblems()?.all.map((p) => p.line)).toEqual([3, 5]);
    setDevProblems(undefined);
    expect(devProblems()).toBeUndefined();
  });
});

describe('devProblemsPage(problems) with many rows of one problem', () => {
  it('lists them as one line with the count and the first rows', () => {
    const rows = [5, 3, 9, 7, 4].map((line) => ({
      ...error(`拨付日期 2024-0${line}-01 不在 2025 年内`, line),
      group: '拨付日期不在 2025 年内',
    }));
    const html = devProblemsPage(rows);
    expect(html).toContain('数据有 5 个错误');
    expect(html).toContain(
      '<li>data/2024/demo/budget.csv: 全年预算数(万元): 共 5 行：拨付日期不在 2025 年内（如第 3、4、5 行）</li>',
    );
    expect(html.match(/<li>/g)).toHaveLength(1);
  });
});

describe('projectYearOf(file, folders)', () => {
  const folders = { dataDir: 'data', contentDir: 'content' };
  it.each([
    ['data/2024/jiean-huajie/budget.csv', folders, '2024/jiean-huajie'],
    ['content/2025/xinfang-jiuzhu/01-jiben.mdx', folders, '2025/xinfang-jiuzhu'],
    ['content/2024/jiean-huajie/', folders, '2024/jiean-huajie'],
    ['data/2024/jiean-huajie', folders, '2024/jiean-huajie'],
    ['content/site.yaml', folders, undefined],
    ['data', folders, undefined],
    ['data/2024x/a/budget.csv', folders, undefined],
    ['data/2024/Bad_Slug/budget.csv', folders, undefined],
    ['other/2024/jiean-huajie/budget.csv', folders, undefined],
    [
      '../tmp/xf/data/2024/jiean-huajie/cases.csv',
      { dataDir: '../tmp/xf/data', contentDir: '../tmp/xf/content' },
      '2024/jiean-huajie',
    ],
    ['2024/a/cases.csv', { dataDir: '.', contentDir: 'content' }, '2024/a'],
  ])('%s → %s', (file, where, id) => {
    expect(projectYearOf(file, where)).toBe(id);
  });
});

describe('devProblemsFor(path)', () => {
  const at = (file: string, severity: Problem['severity'] = 'error'): Problem => ({
    file,
    line: 2,
    message: '不能为空',
    severity,
  });

  it("shows one project-year's errors on its pages and its later years', not on others", () => {
    setDevProblems([
      at('data/2024/jiean-huajie/budget.csv'),
      at('content/2023/xinfang-jiuzhu/', 'warning'),
    ]);
    for (const path of [
      '2024/jiean-huajie/',
      '/2024/jiean-huajie/cases/2/',
      '2025/jiean-huajie/',
    ]) {
      expect(devProblemsFor(path)?.map((p) => p.file)).toEqual([
        'data/2024/jiean-huajie/budget.csv',
      ]);
    }
    for (const path of [
      '',
      '/',
      '2024/',
      '2024/xinfang-jiuzhu/',
      '2023/jiean-huajie/',
      '2023/xinfang-jiuzhu/',
      'search/',
    ]) {
      expect(devProblemsFor(path)).toBeUndefined();
    }
    setDevProblems(undefined);
  });

  it('shows an error outside any project-year on every page', () => {
    setDevProblems([at('content/site.yaml'), at('data/2024/jiean-huajie/budget.csv')]);
    expect(devProblemsFor('')).toHaveLength(2);
    expect(devProblemsFor('2023/xinfang-jiuzhu/')).toHaveLength(2);
    setDevProblems(undefined);
  });

  it('leaves every page be when the data is good', () => {
    setDevProblems(undefined);
    expect(devProblemsFor('2024/jiean-huajie/')).toBeUndefined();
  });

  it('places problems by the folders given', () => {
    setDevProblems([at('../x/data/2024/jiean-huajie/budget.csv')], {
      dataDir: '../x/data',
      contentDir: '../x/content',
    });
    expect(devProblemsFor('2024/jiean-huajie/')).toHaveLength(1);
    expect(devProblemsFor('2024/xinfang-jiuzhu/')).toBeUndefined();
    setDevProblems(undefined);
  });
});
