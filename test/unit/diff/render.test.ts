import { describe, expect, it } from 'vitest';
import { compareSites } from '../../../src/lib/diff/compare.ts';
import type { ProjectYearFiles, SiteSnapshot } from '../../../src/lib/diff/compare.ts';
import { renderDiff } from '../../../src/lib/diff/render.ts';
import { fundingLine, report } from '../support/reports.ts';

/** A project-year of a snapshot, its report read in 分; `executed` in 元. */
function projectYear(year: number, executed: number, payments: string[]): ProjectYearFiles {
  const r = report({ year, lines: [fundingLine('本年财政拨款', 50_000_000, executed * 100)] });
  return {
    id: `${year}/demo`,
    year,
    slug: 'demo',
    report: r,
    ledgers: { 'payments.csv': ['拨付编号,金额(元)', ...payments].join('\n') },
  };
}

const site = (pys: ProjectYearFiles[], files: [string, string][]): SiteSnapshot => ({
  files: new Map(files),
  projectYears: new Map(pys.map((p) => [p.id, p])),
});

describe('renderDiff(diff)', () => {
  it('writes a changed payment as the figures it moved, the record, and the rest in one line', () => {
    const before = site(
      [projectYear(2023, 400_000, ['A,1.00']), projectYear(2024, 500_000, ['BF-8,"29,000.00"'])],
      [
        ['2023/demo/report.json', '1'],
        ['2024/demo/report.json', '2'],
        ['index.html', '3'],
      ],
    );
    const after = site(
      [projectYear(2023, 400_000, ['A,1.00']), projectYear(2024, 497_000, ['BF-8,"26,000.00"'])],
      [
        ['2023/demo/report.json', '1'],
        ['2024/demo/report.json', '9'],
        ['index.html', '3'],
      ],
    );
    expect(renderDiff(compareSites(before, after, { old: 'dist-2024', new: 'dist' }))).toBe(
      [
        '比较两次构建：',
        '  旧：dist-2024',
        '  新：dist',
        '',
        '2024年度 示例项目（2024/demo）',
        '  数字（5 项有变化）：',
        '    计算口径',
        '      资金支出总额：500,000.00元 → 497,000.00元（-3,000.00元）',
        '    资金情况',
        '      年度资金总额 全年执行数：500,000.00元 → 497,000.00元（-3,000.00元）',
        '      年度资金总额 执行率：100.00% → 99.40%（-0.60个百分点）',
        '      本年财政拨款 全年执行数：500,000.00元 → 497,000.00元（-3,000.00元）',
        '      本年财政拨款 执行率：100.00% → 99.40%（-0.60个百分点）',
        '  明细（1 条记录有变化）：',
        '    拨付明细 BF-8：金额(元) 29,000.00 → 26,000.00',
        '  文件：1 个不同，0 个相同',
        '',
        '未变化（1 个项目年度，文件逐字节相同）：2023年度 示例项目',
        '其他文件（首页、样式和脚本）：0 个不同，1 个相同',
        '',
      ].join('\n'),
    );
  });

  it('says so in one line when the two builds are identical', () => {
    const one = site([projectYear(2024, 1, [])], [['2024/demo/report.json', '1']]);
    expect(renderDiff(compareSites(one, one, { old: 'a', new: 'b' }))).toBe(
      '比较两次构建：\n  旧：a\n  新：b\n\n两次构建完全相同：1 个项目年度，所有文件逐字节一致。\n',
    );
  });

  it('lists added project-years and caps long record lists', () => {
    const before = site([projectYear(2024, 1, ['A,1'])], [['2024/demo/report.json', '1']]);
    const many = Array.from({ length: 4 }, (_, i) => `N${i},1`);
    const after = site(
      [projectYear(2024, 1, ['A,1', ...many]), projectYear(2025, 1, [])],
      [
        ['2024/demo/report.json', '1'],
        ['2025/demo/report.json', '2'],
      ],
    );
    const text = renderDiff(compareSites(before, after, { old: 'a', new: 'b' }), { maxRecords: 2 });
    expect(text).toContain('新增 1 个项目年度：\n  2025年度 示例项目（2025/demo）\n');
    expect(text).toContain(
      '  明细（4 条记录有变化）：\n    拨付明细 N0：新增\n    拨付明细 N1：新增\n    ……另有 2 条',
    );
  });

  it('sets a new year beside the year before, figure by figure', () => {
    const before = site([projectYear(2024, 400_000, [])], []);
    const after = site([projectYear(2024, 400_000, []), projectYear(2025, 450_000, [])], []);
    const text = renderDiff(compareSites(before, after, { old: 'a', new: 'b' }));
    expect(text).toMatch(
      /2025年度 示例项目（2025\/demo） 与 2024 年度相比（5 项不同）：\n {2}计算口径\n/,
    );
    expect(text).toContain(
      '    年度资金总额 全年执行数：400,000.00元 → 450,000.00元（+50,000.00元）',
    );
  });

  it('says so when a new year has the same figures as the year before', () => {
    const before = site([projectYear(2024, 1, [])], []);
    const after = site([projectYear(2024, 1, []), projectYear(2025, 1, [])], []);
    expect(renderDiff(compareSites(before, after, { old: 'a', new: 'b' }))).toContain(
      '2025年度 示例项目（2025/demo） 与 2024 年度相比：数字和指标都相同',
    );
  });
});
