import { describe, expect, it } from 'vitest';
import { staleProblems } from '../../../src/lib/content/bind-figures.ts';
import { findStaleFigures, lineAt } from '../../../src/lib/content/stale-figures.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';

/**
 * The figures of the 2024 sample after one case was flipped to 已化解; its funding table writes
 * 万元 with four decimals (768.6979).
 */
const report = {
  year: 2024,
  indicators: [],
  funding: { lines: [], wanDecimals: 4 },
  measures: {
    积案总数: 292,
    已化解件数: 271,
    化解率: 271 / 292,
    息诉罢访件数: 253,
    息诉罢访率: 253 / 271,
    按期办结率: 1,
    满意率: 0.9247,
    救助人数: 31,
    资金支出总额: 768_697_900, // 分
    件均化解资金: 2_836_524,
    预算执行率: 0.9948,
  },
} as unknown as Report;

const stale = (text: string) =>
  findStaleFigures(text, report).map((f) => `${f.typed}≠${f.computed}(${f.measure})`);

describe('findStaleFigures(text, report) warns about a typed number that contradicts its figure', () => {
  it.each([
    ['全年化解信访积案270件，积案化解率达到年度目标。', '270件≠271件(已化解件数)'],
    ['已化解的270件积案中有17件尚未签订息诉罢访协议', '270件≠271件(已化解件数)'],
    ['已化解270件', '270件≠271件(已化解件数)'],
    ['共化解积案 270 件。', '270件≠271件(已化解件数)'],
    ['化解信访积案数为270件', '270件≠271件(已化解件数)'],
    ['积案总数为290件', '290件≠292件(积案总数)'],
    ['纳入台账的信访积案290件', '290件≠292件(积案总数)'],
    ['息诉罢访案件250件', '250件≠253件(息诉罢访件数)'],
    ['全年救助信访群众30人', '30人≠31人(救助人数)'],
    ['积案化解率为92.47%', '92.47%≠92.81%(化解率)'],
    ['息诉罢访率93.70%', '93.70%≠93.36%(息诉罢访率)'],
    ['群众满意率达到95％', '95％≠92.47%(满意率)'],
    ['预算执行率为100%', '100%≠99.48%(预算执行率)'],
    ['按期办结率98.00%', '98.00%≠100.00%(按期办结率)'],
    ['全年资金支出768.60万元', '768.60万元≠768.6979万元(资金支出总额)'],
    // Rounded below the table's four decimals: a figure beside the table's that differs from it.
    ['全年资金支出768.70万元', '768.70万元≠768.6979万元(资金支出总额)'],
    ['全年资金支出769万元', '769万元≠768.6979万元(资金支出总额)'],
    ['全年资金支出768.6980万元', '768.6980万元≠768.6979万元(资金支出总额)'],
    ['资金拨付共计7,686,900.00元', '7,686,900.00元≠7,686,979.00元(资金支出总额)'],
    ['2024年全年化解信访积案270件', '270件≠271件(已化解件数)'],
  ])('%s → %s', (text, expected) => {
    expect(stale(text)).toEqual([expected]);
  });

  it.each([
    // Right figures: counts and rates at the precision they are written with, 万元 as the tables
    // show it (trailing zeros aside), 元 at its precision.
    '全年化解信访积案271件',
    '积案化解率为92.8%',
    '积案化解率为93%',
    '全年资金支出768.6979万元',
    '全年资金支出768.697900万元',
    '资金支出7,686,979.00元',
    '资金支出7686979元',
    // Targets, comparisons, other years, approximations.
    '全年化解信访积案不少于270件，积案化解率不低于90%，信访群众满意率不低于90%',
    '年度目标为化解积案270件',
    '力争化解积案300件',
    '比上年多化解积案12件',
    '2023年化解积案250件',
    '化解积案270余件',
    '化解积案270件以上',
    '化解积案约270件',
    '化解信访积案270件次',
    '救助困难群众35人次',
    '化解率较上年提高2.5%',
    // Other figures next to the same words.
    '尚未化解的积案21件',
    '未化解积案21件',
    '已化解的271件积案中有17件尚未签订息诉罢访协议',
    '其中化解疑难积案26件',
    '件均化解资金2.85万元',
    '本年财政拨款支出614.96万元',
    '“本年财政拨款”的执行率为 150.00%',
    '积案化解资金由区财政承担80%，责任主体单位承担20%',
    // Seed sentences (real reports).
    '努力使罗某厚、周某武等60件案情复杂、久拖未决的信访积案得到化解',
    '亲自挂帅包案26件积案，并亲自调度',
    '对2023年度768.6979万元信访积案化解资金实施管理',
    '7）绩效目标和指标数量指标：共信访救助31人',
    '数量指标：共信访救助31人',
    '时效指标：信访救助工作对照相关要求，及时完成率100%',
    '2020年本级财政下达的预算资金为50万元，用于信访救助资金专项',
    '1件救助事项需补充核实申请人家庭经济状况，办理时间超过90日',
    '参与评价的信访群众中有27件表示不满意',
    // A part, not the whole: a leader's own cases, one category, applications.
    '局长亲自包案化解积案26件',
    '征地拆迁类积案化解率为85%',
    '不满意率为5%',
    '基本满意率为20%',
    '申请救助35人',
    '逾期办结率为2%',
    // Numbers glued to other numbers or words.
    '化解□□□□□□□件',
    '',
  ])('%s → nothing', (text) => {
    expect(stale(text)).toEqual([]);
  });

  it('reports every stale number of a text in order, each once', () => {
    expect(stale('全年化解积案270件，化解率92.47%，资金支出768.60万元。')).toEqual([
      '270件≠271件(已化解件数)',
      '92.47%≠92.81%(化解率)',
      '768.60万元≠768.6979万元(资金支出总额)',
    ]);
  });

  it('skips a figure that cannot be computed', () => {
    const empty = { year: 2024, measures: { 化解率: null } } as unknown as Report;
    expect(findStaleFigures('化解率为90%', empty)).toEqual([]);
  });

  it('reports at most 20 stale figures of one text', () => {
    expect(findStaleFigures('全年化解1件，'.repeat(50_000), report)).toHaveLength(20);
  });

  // A pattern that backtracks on these would not finish within the (generous) test timeout.
  it('finds the one stale figure of a long text of figures without punctuation', () => {
    const text = '全年化解1件'.repeat(20_000);
    // Only the first counts: the others follow a number, not the year's subject.
    expect(findStaleFigures(text, report)).toHaveLength(1);
  }, 60_000);

  it('finds nothing in a long hostile run of linking words', () => {
    const text = `化解${'共计'.repeat(20_000)}x件`;
    expect(findStaleFigures(text, report)).toEqual([]);
  }, 60_000);
});

describe('findStaleFigures(text, report) reads 万元 at the project-year’s decimals', () => {
  const at = (wanDecimals: 2 | 4 | 6) => ({
    ...report,
    funding: { ...report.funding, wanDecimals },
  });
  it.each([
    [2, '全年资金支出768.70万元', []],
    [2, '全年资金支出768.7万元', []],
    [2, '全年资金支出768.6979万元', ['768.6979万元≠768.70万元(资金支出总额)']],
    [6, '全年资金支出768.697900万元', []],
    [6, '全年资金支出768.6979万元', []],
    [6, '全年资金支出768.70万元', ['768.70万元≠768.697900万元(资金支出总额)']],
  ] as const)('at %i decimals, %s → %j', (wanDecimals, text, expected) => {
    expect(
      findStaleFigures(text, at(wanDecimals)).map((f) => `${f.typed}≠${f.computed}(${f.measure})`),
    ).toEqual(expected);
  });
});

describe('staleProblems(text, report, place, severity)', () => {
  it('names the file, line, key, typed and computed value, and the placeholder to use', () => {
    const problems = staleProblems(
      '第一行\n全年化解信访积案270件，资金支出7,686,900.00元',
      report,
      { file: 'content/2024/jiean-huajie/project.yaml', line: 7, column: '实际完成情况' },
      'warning',
    );
    expect(problems).toEqual([
      {
        file: 'content/2024/jiean-huajie/project.yaml',
        line: 8,
        column: '实际完成情况',
        severity: 'warning',
        message: '写的是“270件”，计算得出的已化解件数是 271件；请改用 {已化解件数}',
      },
      {
        file: 'content/2024/jiean-huajie/project.yaml',
        line: 8,
        column: '实际完成情况',
        severity: 'warning',
        message:
          '写的是“7,686,900.00元”，计算得出的资金支出总额是 7,686,979.00元；请改用 {资金支出总额:元}',
      },
    ]);
  });

  it('ignores numbers that placeholders render and braces written as {{ }}', () => {
    const place = { file: 'x', column: 'y' };
    expect(staleProblems('全年化解信访积案{已化解件数}', report, place, 'error')).toEqual([]);
    expect(staleProblems('化解积案{{270件}}', report, place, 'error')).toHaveLength(0);
  });

  it('lineAt(text, index, firstLine) counts lines from the first', () => {
    expect(lineAt('a\nb\nc', 4, 10)).toBe(12);
  });
});
