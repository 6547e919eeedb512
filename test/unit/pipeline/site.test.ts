/**
 * A project-year computed by hand: test/fixtures/hand holds 10 cases, 12 payments, 2 budget lines
 * and 9 indicators, in the forms a bureau hands in (cases.csv in GB18030 with CRLF and aliases,
 * spending.csv in UTF-8 with BOM and a 合计 row, budget.csv in 万元 with full-width brackets).
 * Every figure of report.json below is worked out in the comments, not copied from the output.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorResult, Report } from '../../../src/lib/model/report-schema.ts';
import { loadSite } from '../../../src/lib/pipeline/site.ts';
import type { SiteModel } from '../../../src/lib/pipeline/site.ts';
import { errors, warnings } from '../support/tables.ts';

const root = fileURLToPath(new URL('../../fixtures/hand', import.meta.url));

let site: SiteModel;
let report: Report;

beforeAll(async () => {
  site = await loadSite({ root, dataDir: 'data', contentDir: 'content' });
  const only = site.projectYears[0];
  if (!only) throw new Error(`no project-year loaded: ${errors(site.problems).join('\n')}`);
  report = only.report;
});

function indicator(name: string): IndicatorResult {
  const found = report.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}

describe('loadSite(options) on the hand-computed project-year', () => {
  it('loads it without errors; warns only of the 130 % indicator and the unwritten prose', () => {
    expect(errors(site.problems)).toEqual([]);
    expect(warnings(site.problems)).toEqual([
      expect.stringMatching(/^content\/2024\/demo\/: 尚未撰写：一、基本情况；/),
      // 救助人数 7 ≥ 130 % × 5 = 6.5
      'data/2024/demo/indicators.csv:3: 年度指标值: 指标“信访救助人数”实际完成值超过年度指标值的 130%，指标值可能设定偏低；可在偏差原因分析中说明',
    ]);
    expect(site.projectYears.map((p) => p.id)).toEqual(['2024/demo']);
    expect(report.project).toEqual({ slug: 'demo', name: '示例信访积案化解专项资金' });
  });

  it('reads each file in its own encoding and accounts for every row', () => {
    expect(site.files.map((f) => [f.file, f.encoding, f.counts])).toEqual([
      // 合计 row checked: 6 + 1.5 = 7.5; 7 + 1.5 = 8.5; 6.150084 + 1.350035 = 7.500119 万元
      [
        'data/2024/demo/budget.csv',
        'UTF-8',
        { rows: 3, records: 2, blank: 0, total: 1, invalid: 0 },
      ],
      // C03's 备注 spans lines 4–5; one blank row (line 11)
      [
        'data/2024/demo/cases.csv',
        'GB18030',
        { rows: 11, records: 10, blank: 1, total: 0, invalid: 0 },
      ],
      // a `,,,,,,` row and the 合计 row of 75,001.19
      [
        'data/2024/demo/spending.csv',
        'UTF-8 (BOM)',
        { rows: 14, records: 12, blank: 1, total: 1, invalid: 0 },
      ],
      [
        'data/2024/demo/indicators.csv',
        'UTF-8',
        { rows: 9, records: 9, blank: 0, total: 0, invalid: 0 },
      ],
    ]);
    expect(report.rows).toEqual({ cases: 10, spending: 12, budget: 2, indicators: 9 });
  });

  it('computes every measure exactly', () => {
    expect(report.timelyDays).toBe(90);
    expect(report.measures).toEqual({
      积案总数: 10, // C01–C10
      已化解件数: 8, // all but C08 (化解中) and C09 (未化解)
      化解率: 0.8, // 8 / 10
      息诉罢访件数: 6, // resolved and 是/√/Y: C01, C02, C04, C05, C06, C10 (C03, C07 否)
      息诉罢访率: 0.75, // 6 / 8
      // days from 登记 to 办结: C01 10+31+15 = 56, C02 21+29+31+9 = 90 (on the limit), C03 91,
      // C04 29, C05 > 2 years, C06 16+30+20 = 66, C07 30+30+1 = 61, C10 29+31+30+31 = 121.
      // On time (≤ 90): C01, C02, C04, C06, C07 → 5 / 8
      按期办结率: 0.625,
      // rated (not 未评价, blank = 未评价): C01 满意, C02 基本满意, C03 满意, C04 不满意, C06 满意,
      // C07 基本满意, C10 满意 → 7; pleased: all but C04 → 6 / 7
      满意率: 6 / 7,
      // net paid per case > 0: C01 12,000 (P01); C02 (P02); C03 15,000 − 15,000 = 0 ✗; C04 (P04);
      // C05 (P05); C06 (P06); C07 5,000 − 1,000 = 4,000 (P01 again); C08 (P08); C10 (no 编号:
      // counted as its case). P09 has no case. People: P01 P02 P04 P05 P06 P08 C10 → 7
      救助人数: 7,
      // 本年财政拨款: 12,000.00 + 8,500.50 + 15,000.00 + 20,000.00 + 9,999.99 + 5,000.00
      //   − 1,000.00 + 7,000.35 − 15,000.00 = 61,500.84
      // 上年结转资金: 6,000.25 + 3,000.00 + 4,500.10 = 13,500.35
      资金支出总额: 7_500_119, // 分: 61,500.84 + 13,500.35 元
      件均化解资金: 937_515, // 7,500,119 分 / 8 = 937,514.875 分 → 937,515 分 (half-up)
      预算执行率: 7_500_119 / 8_500_000, // 75,001.19 / (70,000 + 15,000) = 0.882366941…
    });
  });

  it('builds the funding block: B/A per line and in total, score B/A × 10', () => {
    expect(report.funding).toEqual({
      lines: [
        {
          source: '本年财政拨款',
          initialBudget: 6_000_000, // 分: 6 万元
          annualBudget: 7_000_000, // 7 万元
          executed: 6_150_084,
          executionRate: 6_150_084 / 7_000_000, // 0.878583…
        },
        {
          source: '上年结转资金',
          initialBudget: 1_500_000,
          annualBudget: 1_500_000,
          executed: 1_350_035,
          executionRate: 1_350_035 / 1_500_000, // 0.900023…
        },
      ],
      total: {
        initialBudget: 7_500_000,
        annualBudget: 8_500_000,
        executed: 7_500_119,
        executionRate: 7_500_119 / 8_500_000,
      },
      executionRate: 7_500_119 / 8_500_000,
      // 61,500.84 元 has 分: six 万元 decimals show every amount exactly (6.150084).
      wanDecimals: 6,
      // The 自评表's rows: each source under its own standard row, nothing under 其他资金.
      standard: [
        ['年度资金总额', 7_500_000, 8_500_000, 7_500_119, []],
        ['当年财政拨款', 6_000_000, 7_000_000, 6_150_084, ['本年财政拨款']],
        ['上年结转资金', 1_500_000, 1_500_000, 1_350_035, ['上年结转资金']],
        ['其他资金', 0, 0, 0, []],
      ].map(([label, initialBudget, annualBudget, executed, sources]) => ({
        label,
        initialBudget,
        annualBudget,
        executed,
        executionRate: annualBudget === 0 ? null : (executed as number) / (annualBudget as number),
        sources,
      })),
      points: 10,
      score: 8.82, // 0.882366941 × 10 = 8.8236… → 8.82
    });
  });

  it.each([
    // name, actual, score, met, manual
    ['化解信访积案', 8, 10, true, false], // ≥8件: 8 ≥ 8 exactly → full
    ['信访救助人数', 7, 10, true, false], // ≥5人: 7 ≥ 5 → full (and the 130 % warning)
    ['积案化解率', 80, 8.89, false, false], // ≥90%: 80 / 90 × 10 = 8.888… → 8.89
    ['按期办结率', 62.5, 10, true, false], // ≥60%: 62.5 ≥ 60 → full
    // ≤0.8万元: 937,514.875 分 = 0.937514875 万元 (shown 0.94);
    // (1 − (0.937514875 − 0.8) / 0.8) × 10 = (1 − 0.17189359375) × 10 = 8.2810640625 → 8.28
    ['件均化解资金', 0.94, 8.28, false, false],
    ['维护社会和谐稳定', '达成', 9, true, true], // 定性: the evaluator's 9 (inside 8–10)
    ['息诉罢访率', 75, 9.5, true, true], // ≥70%: 75 met, but the evaluator docked to 9.5
    ['重复信访率', 6, 8, false, false], // ≤5% by hand: 6 → (1 − 1/5) × 10 = 8
    ['群众满意率', 85.71, 9.52, false, false], // ≥90%: 600/7 % = 85.714…; 85.714 / 90 × 10 = 9.5238 → 9.52
  ] as const)(
    'scores %s: actual %s, score %s, met %s, manual %s',
    (name, actual, score, met, manual) => {
      const result = indicator(name);
      expect([result.actual, result.score, result.met, result.manual]).toEqual([
        actual,
        score,
        met,
        manual,
      ]);
    },
  );

  it('keeps targets, units, points, measures, reasons and lines of the indicators', () => {
    expect(
      report.indicators.map((i) => [
        i.line,
        i.level1,
        i.level2,
        i.direction,
        i.target,
        i.unit,
        i.points,
        i.measure,
      ]),
    ).toEqual([
      [2, '产出指标', '数量指标', '≥', 8, '件', 10, '已化解件数'],
      [3, '产出指标', '数量指标', '≥', 5, '人', 10, '救助人数'],
      [4, '产出指标', '质量指标', '≥', 90, '%', 10, '化解率'],
      [5, '产出指标', '时效指标', '≥', 60, '%', 10, '按期办结率'],
      [6, '产出指标', '成本指标', '≤', 0.8, '万元', 10, '件均化解资金'],
      [7, '效益指标', '社会效益指标', '定性', '有效维护社会稳定', null, 10, null],
      [8, '效益指标', '社会效益指标', '≥', 70, '%', 10, '息诉罢访率'],
      [9, '效益指标', '可持续影响指标', '≤', 5, '%', 10, null],
      [10, '满意度指标', '服务对象满意度指标', '≥', 90, '%', 10, '满意率'],
    ]);
    expect(indicator('积案化解率').reason).toBe('部分案件涉法涉诉,需待司法程序终结');
    expect(indicator('化解信访积案').reason).toBeNull();
  });

  it('totals the rounded scores and grades the result', () => {
    // 8.82 + 10 + 10 + 8.89 + 10 + 8.28 + 9 + 9.5 + 8 + 9.52 = 92.01
    // (the unrounded scores would add to 92.0174… → 92.02: the table must add up on paper)
    expect(report.totalScore).toBe(92.01);
    expect(report.grade).toBe('优');
  });

  it('builds the subtotals from the same records', () => {
    const only = site.projectYears[0];
    expect(only?.breakdowns.bySource).toEqual([
      { source: '本年财政拨款', payments: 9, amountFen: 6_150_084, annualBudgetFen: 7_000_000 },
      { source: '上年结转资金', payments: 3, amountFen: 1_350_035, annualBudgetFen: 1_500_000 },
    ]);
    expect(only?.dataDate).toBe('2024-12-31');
  });
});
