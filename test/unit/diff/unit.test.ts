import { describe, expect, it } from 'vitest';
import { unitChanges, unitFigures, unitLines } from '../../../src/lib/diff/unit.ts';

/** A unit report.json as read by the diff (money in 分). */
function unit(projects: [slug: string, budget: number, executed: number, score: number][]) {
  const budget = projects.reduce((s, p) => s + p[1], 0);
  const executed = projects.reduce((s, p) => s + p[2], 0);
  return {
    kind: 'unit',
    title: '某局2024年度单位自评报告',
    year: 2024,
    projects: projects.map(([slug, annualBudget, exec, totalScore]) => ({
      slug,
      name: `项目${slug}`,
      annualBudget,
      executed: exec,
      executionRate: exec / annualBudget,
      totalScore,
      grade: '优',
    })),
    total: {
      count: projects.length,
      annualBudget: budget,
      executed,
      executionRate: executed / budget,
    },
  };
}

describe('unitChanges(before, after)', () => {
  it('says nothing of a unit report that did not change', () => {
    const u = unit([['a', 100, 50, 95]]);
    expect(unitChanges(new Map([[2024, u]]), new Map([[2024, structuredClone(u)]]))).toEqual([]);
  });

  it('names projects added and removed once, and the totals that changed', () => {
    const before = new Map([
      [
        2024,
        unit([
          ['a', 100, 50, 95],
          ['b', 200, 200, 90],
        ]),
      ],
    ]);
    const after = new Map([
      [
        2024,
        unit([
          ['a', 100, 60, 96],
          ['c', 300, 300, 92],
        ]),
      ],
    ]);
    const [d] = unitChanges(before, after);
    expect(d?.change).toBe('changed');
    expect(d?.projectsAdded).toEqual([{ slug: 'c', name: '项目c' }]);
    expect(d?.projectsRemoved).toEqual([{ slug: 'b', name: '项目b' }]);
    expect(unitLines(unitChanges(before, after))).toEqual([
      '2024年度单位自评报告（某局2024年度单位自评报告）',
      '  新增项目：项目c（c）',
      '  删除项目：项目b（b）',
      // 300 + 100 = 400 分 after, 300 before; 50 + 200 → 60 + 300
      '  全年预算数合计：3.00元 → 4.00元（+1.00元）',
      '  全年执行数合计：2.50元 → 3.60元（+1.10元）',
      '  执行率：83.33% → 90.00%（+6.67个百分点）',
      '  项目a 全年执行数：0.50元 → 0.60元（+0.10元）',
      '  项目a 执行率：50.00% → 60.00%（+10.00个百分点）',
      '  项目a 自评得分：95.00分 → 96.00分（+1.00分）',
    ]);
  });

  it('reports a unit report added or removed, in year order', () => {
    const u = unit([['a', 100, 50, 95]]);
    const d = unitChanges(new Map([[2023, u]]), new Map([[2024, u]]));
    expect(d.map((x) => [x.year, x.change])).toEqual([
      [2023, 'removed'],
      [2024, 'added'],
    ]);
    expect(unitLines(d)).toEqual([
      '删除 2023年度单位自评报告（某局2024年度单位自评报告）',
      '新增 2024年度单位自评报告（某局2024年度单位自评报告）',
    ]);
  });
});

describe('unitFigures(json)', () => {
  it('reads anything loosely: no figures of projects from what is no report', () => {
    expect(unitFigures(null).map((f) => [f.key, f.value])).toEqual([
      ['unit/count', null],
      ['unit/annualBudget', null],
      ['unit/executed', null],
      ['unit/executionRate', null],
    ]);
    expect(unitFigures({ projects: 'x', total: [] })).toHaveLength(4);
  });
});
