import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { checkNarrative } from '../../../src/lib/content/narrative.ts';
import {
  renderUnitPlaceholders,
  UNIT_COMPONENTS,
  UNIT_FIGURE_NAMES,
  unitFigureText,
  unitSourcesText,
  unitStaleProblems,
} from '../../../src/lib/content/unit-figures.ts';
import type { UnitSummary } from '../../../src/lib/model/unit-schema.ts';

// 800 万元 + 57.15 万元 = 857.15 万元; executed 768.6979 + 57.15 = 825.8479 万元
// Its projects take two and four 万元 decimals (768.6979), so the unit takes four.
const summary: UnitSummary = {
  year: 2024,
  wanDecimals: 4,
  projects: [],
  total: {
    count: 2,
    annualBudget: 857_150_000,
    executed: 825_847_900,
    executionRate: 825_847_900 / 857_150_000,
    grades: { 优: 1, 良: 1, 中: 0, 差: 0 },
  },
};
const place = { file: 'content/2024/_unit/unit.yaml', line: 4, column: '单位概况' };
const render = (text: string) => renderUnitPlaceholders(text, summary, place);

describe('unitFigureText(summary, name, unit)', () => {
  it.each([
    ['项目个数', undefined, '2个'],
    // At the unit report's 万元 decimals, the most any of its project-years takes.
    ['资金总额', undefined, '857.1500万元'],
    ['执行总额', undefined, '825.8479万元'],
    ['执行总额', '元', '8,258,479.00元'],
    ['执行率', undefined, '96.35%'],
    ['优等级项目个数', undefined, '1个'],
  ] as const)('%s (%s) → %s', (name, unit, text) => {
    expect(unitFigureText(summary, name, unit)).toBe(text);
  });

  it('says — for a rate over a zero budget', () => {
    const zero = { ...summary, total: { ...summary.total, executionRate: null } };
    expect(unitFigureText(zero, '执行率')).toBe('—');
  });

  it('writes money at two decimals when every project-year takes two', () => {
    expect(unitFigureText({ ...summary, wanDecimals: 2 }, '执行总额')).toBe('825.85万元');
  });
});

describe('unitSourcesText(project)', () => {
  const source = (name: string, annualBudget: number, executed: number, partOf?: string) => ({
    source: name,
    annualBudget,
    executed,
    executionRate: annualBudget === 0 ? null : executed / annualBudget,
    ...(partOf === undefined ? {} : { partOf }),
  });

  it('says nothing for a project with one 资金来源', () => {
    expect(unitSourcesText({ sources: [], wanDecimals: 2 })).toBe('');
    expect(unitSourcesText({ sources: [source('本年财政拨款', 100, 100)], wanDecimals: 2 })).toBe(
      '',
    );
  });

  it("writes the amounts at the project-year's 万元 decimals, as its 自评表 does", () => {
    expect(
      unitSourcesText({
        sources: [
          source('本年财政拨款', 640_000_000, 614_958_300),
          source('配套', 160_000_000, 153_739_600),
        ],
        wanDecimals: 4,
      }),
    ).toBe(
      '其中本年财政拨款预算数640.0000万元、执行数614.9583万元，配套预算数160.0000万元、执行数153.7396万元。',
    );
  });

  it('lists each 资金来源 with its own amounts, a 其中 line inside its whole', () => {
    expect(
      unitSourcesText({
        sources: [
          source('本年财政拨款', 50_000_000, 50_000_000),
          source('中央和省级补助资金', 20_000_000, 20_000_000, '本年财政拨款'),
          source('上年结转资金', 7_150_000, 7_150_000),
        ],
        wanDecimals: 2,
      }),
    ).toBe(
      '其中本年财政拨款预算数50.00万元、执行数50.00万元（含中央和省级补助资金预算数20.00万元、执行数20.00万元），上年结转资金预算数7.15万元、执行数7.15万元。',
    );
  });
});

describe('renderUnitPlaceholders(text, summary, place)', () => {
  it('replaces each placeholder, with a full-width colon too', () => {
    expect(render('项目{项目个数}，资金{资金总额：元}，{{字面}}')).toEqual({
      text: '项目2个，资金8,571,500.00元，{字面}',
      problems: [],
    });
  });

  it.each([
    ['{已化解件数}', /不认识的占位符 \{已化解件数\}；单位自评报告可用的有 \{项目个数\}/],
    ['{项目数}', /不认识的占位符 \{项目数\}（是否应为 \{项目个数\}？）/],
    ['{项目个数:元}', /“项目个数”不是金额，不能指定单位/],
    ['{资金总额:千元}', /单位应为 万元 或 元/],
    ['{资金总额', /“\{”没有配对的“\}”/],
  ])('refuses %s at the key’s line, keeping the text', (text, message) => {
    const r = render(text);
    expect(r.text).toBe(text);
    expect(r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^content/2024/_unit/unit.yaml:4: 单位概况: `)),
    ]);
    expect(r.problems[0]?.message).toMatch(message);
  });
});

describe('unitStaleProblems(text, summary, place, severity, how)', () => {
  const stale = (text: string) =>
    unitStaleProblems(text, summary, { file: 'f.mdx', line: 1 }, 'warning', 'component').map(
      formatProblem,
    );

  it('flags a typed project count and total that disagree, at their lines', () => {
    expect(stale('本年度实行绩效目标管理的项目3个。\n涉及资金857.3万元。')).toEqual([
      'f.mdx:1: 写的是“3个”，计算得出的项目个数是 2个；请改用 <Unit name="项目个数" />',
      'f.mdx:2: 写的是“857.3万元”，计算得出的资金总额是 857.1500万元；请改用 <Unit name="资金总额" />',
    ]);
  });

  it('takes 万元 written as the tables show it (857.1500, or 857.15 without its trailing zeros) and 元 at its precision', () => {
    expect(stale('项目2个，涉及资金857.15万元；预算资金8571500.00元')).toEqual([]);
    expect(stale('涉及资金857.1500万元，预算资金8571500元')).toEqual([]);
  });

  it('flags 万元 rounded below the figure the tables show (857 and 857.2 beside 857.1500)', () => {
    expect(stale('涉及资金857万元，涉及资金857.2万元')).toEqual([
      'f.mdx:1: 写的是“857万元”，计算得出的资金总额是 857.1500万元；请改用 <Unit name="资金总额" />',
      'f.mdx:1: 写的是“857.2万元”，计算得出的资金总额是 857.1500万元；请改用 <Unit name="资金总额" />',
    ]);
  });

  it('leaves other years, sub-projects and targets alone', () => {
    expect(stale('2023年项目5个')).toEqual([]);
    expect(stale('其中：二级项目0个，涉及资金0万元')).toEqual([]);
  });

  it('asks for a placeholder in unit.yaml', () => {
    const p = unitStaleProblems('项目9个', summary, { file: 'u.yaml' }, 'error', 'placeholder');
    expect(p[0]?.message).toMatch(/请改用 \{项目个数\}$/);
    expect(p[0]?.severity).toBe('error');
  });
});

describe('UNIT_COMPONENTS in a unit narrative', () => {
  const names = { sources: [], indicators: [], components: UNIT_COMPONENTS };
  const check = (mdx: string) => checkNarrative('u.mdx', mdx, names).map(formatProblem);

  it('accepts <Unit> with each figure name', () => {
    for (const name of UNIT_FIGURE_NAMES) expect(check(`共<Unit name="${name}" />。`)).toEqual([]);
    expect(check('<Unit name="资金总额" unit="元" />')).toEqual([]);
  });

  it('refuses a project-year’s component and a wrong name, located', () => {
    expect(check('\n<Measure name="化解率" />')).toEqual([
      'u.mdx:2: 第1列: 不认识的组件 <Measure>；可用的组件有 Unit',
    ]);
    expect(check('<Unit name="化解率" />')[0]).toMatch(
      /^u.mdx:1: 第1列: <Unit> 的 name：“化解率”不是已知的单位报告数字/,
    );
    expect(check('<Unit />')[0]).toMatch(/缺少属性 name/);
  });

  it('refuses a money unit on a count or a rate, which would be silently ignored', () => {
    expect(check('<Unit name="项目个数" unit="元" />')).toEqual([
      'u.mdx:1: 第1列: <Unit> 的 unit 只用于金额（资金总额、执行总额）；“项目个数”不是金额，请删去 unit',
    ]);
  });
});
