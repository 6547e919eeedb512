import { describe, expect, it } from 'vitest';
import { bindFigures } from '../../../src/lib/content/bind-figures.ts';
import {
  maskPlaceholders,
  placeholderText,
  renderPlaceholders,
  renderPlaceholdersWith,
} from '../../../src/lib/content/placeholders.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';
import {
  budgetFen,
  findIndicator,
  indicatorText,
  measureText,
  moneyText,
  scoreText,
  sourceShareText,
} from '../../../src/lib/report/figures.ts';
import { budgetLine, buildReport, indicator, kase, payment, resolved } from '../support/records.ts';

/** 3 cases (2 resolved), 2 payments, two budget lines, three indicators. */
function sampleReport(): Report {
  return buildReport({
    year: 2024,
    slug: 'demo',
    name: '测试资金',
    dir: 'data/2024/demo',
    cases: [
      resolved(30, { caseId: 'A', settled: true, satisfaction: '满意' }),
      resolved(200, { caseId: 'B' }),
      kase({ caseId: 'C' }),
    ],
    payments: [
      payment(123_456_789, { caseId: 'A' }),
      payment(-89, { caseId: 'A', source: '其他资金' }),
    ],
    budget: [
      budgetLine(150_000_000, { source: '本年财政拨款' }),
      budgetLine(50_000_000, { source: '其他资金' }),
    ],
    indicators: [
      indicator({
        name: '化解率',
        measure: '化解率',
        actual: undefined,
        unit: '%',
        target: '90',
        points: '50',
        reason: '已化解的{已化解件数}积案中有1件未息诉，化解率{化解率}',
      }),
      indicator({
        name: '稳定',
        direction: '定性',
        target: '社会稳定',
        actual: '达成',
        manualScore: '18',
        points: '20',
      } as never),
    ],
  }).report;
}

const report = sampleReport();
const place = { file: 'content/2024/demo/project.yaml', line: 9, column: '实际完成情况' };

describe('placeholderText(report, inside) renders what the narrative component renders', () => {
  it.each([
    ['已化解件数', measureText(report, '已化解件数')],
    ['化解率', measureText(report, '化解率')],
    ['资金支出总额', measureText(report, '资金支出总额')],
    ['资金支出总额:元', measureText(report, '资金支出总额', '元')],
    ['资金支出总额：万元', measureText(report, '资金支出总额', '万元')],
    [' 救助人数 ', measureText(report, '救助人数')],
    ['全年预算数', moneyText(budgetFen(report, '全年预算数'))],
    ['全年预算数:本年财政拨款', moneyText(budgetFen(report, '全年预算数', '本年财政拨款'))],
    ['全年执行数:其他资金:元', moneyText(budgetFen(report, '全年执行数', '其他资金'), '元')],
    ['全年执行数:元', moneyText(budgetFen(report, '全年执行数'), '元')],
    ['占比:本年财政拨款', sourceShareText(report, '本年财政拨款')],
    ['总分', scoreText(report.totalScore)],
    ['预算执行得分', scoreText(report.funding.score)],
    ['等级', report.grade],
    ['指标:化解率', indicatorText(findIndicator(report, '化解率'), 'actual')],
    ['指标:化解率:年度指标值', indicatorText(findIndicator(report, '化解率'), 'target')],
    ['指标:化解率:target', indicatorText(findIndicator(report, '化解率'), 'target')],
    ['指标:稳定:得分', indicatorText(findIndicator(report, '稳定'), 'score')],
  ])('{%s} → the component text', (inside, expected) => {
    expect(placeholderText(report, inside)).toEqual({ text: expected });
  });

  it('renders the known sample values exactly', () => {
    expect(placeholderText(report, '已化解件数').text).toBe('2件');
    expect(placeholderText(report, '资金支出总额:元').text).toBe('1,234,567.00元');
  });

  it.each([
    ['已化解件', '不认识的占位符 {已化解件}（是否应为 {已化解件数}？）'],
    ['满意度', '不认识的占位符 {满意度}（是否应为 {满意率}？）'],
    ['process.env.HOME', '不认识的占位符 {process.env.HOME}'],
    ['', '不认识的占位符 {}'],
    ['化解率:元', '“化解率”不是金额，不能指定单位'],
    ['资金支出总额:美元', '的单位应为 万元 或 元'],
    ['全年预算数:不存在的来源', '资金来源“不存在的来源”不在本项目年度的资金情况中'],
    ['占比', '应写明资金来源'],
    ['总分:元', '的写法不对'],
    ['指标:化解律', '没有名为“化解律”的指标（是否应为 “化解率”？）'],
    ['指标:化解率:偏差', '“偏差”不是指标的一项'],
  ])('{%s} is refused: %s', (inside, message) => {
    const r = placeholderText(report, inside);
    expect(r.text).toBeUndefined();
    expect(r.error).toContain(message);
  });
});

describe('renderPlaceholders(text, report, place)', () => {
  it.each([
    ['全年化解信访积案{已化解件数}。', '全年化解信访积案2件。'],
    ['没有占位符的文字', '没有占位符的文字'],
    ['写花括号本身：{{已化解件数}} 与 }}', '写花括号本身：{已化解件数} 与 }'],
    ['{{{已化解件数}}}', '{2件}'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(renderPlaceholders(text, report, place)).toEqual({ text: expected, problems: [] });
  });

  it.each([
    ['全年化解{已化解件数', '“{”没有配对的“}”'],
    ['全年化解}', '有一个单独的“}”'],
    ['{已化解\n件数}', '“{”没有配对的“}”'],
    ['{a{b}}', '“{”没有配对的“}”'],
  ])('an unpaired brace in %j is a located error', (text, message) => {
    const r = renderPlaceholders(text, report, place);
    expect(r.text).toBe(text);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ ...place, severity: 'error' });
    expect(r.problems[0]?.message).toContain(message);
  });

  it('reports each unknown placeholder at the place of its text, keeping the text as written', () => {
    const r = renderPlaceholders('{已化解件} 和 {积案总数} 和 {总份}', report, place);
    expect(r.text).toBe('{已化解件} 和 {积案总数} 和 {总份}');
    expect(r.problems.map((p) => p.message.slice(0, 30))).toHaveLength(2);
    expect(r.problems[1]?.message).toContain('（是否应为 {总分}？）');
  });
});

describe('maskPlaceholders(text)', () => {
  it('blanks placeholders and escaped braces to the same length', () => {
    const text = '化解{已化解件数}，{{270件}}';
    const masked = maskPlaceholders(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/已化解件数|\{|\}/);
    expect(masked).toContain('270件');
  });
});

describe('bindFigures(input)', () => {
  it('replaces placeholders in indicator reasons and project.yaml text once, in the model', () => {
    const bound = bindFigures({
      report,
      facts: {
        name: '测试资金',
        achievement: '全年化解信访积案{已化解件数}',
        goal: '不少于{{2}}件',
      } as never,
      factsFile: 'content/2024/demo/project.yaml',
      factsLines: { 实际完成情况: 9, 年度总体目标: 8 },
      indicatorsFile: 'data/2024/demo/indicators.csv',
      staleSeverity: 'warning',
    });
    expect(bound.problems).toEqual([]);
    expect(bound.facts?.achievement).toBe('全年化解信访积案2件');
    expect(bound.facts?.goal).toBe('不少于{2}件');
    expect(findIndicator(bound.report, '化解率').reason).toBe(
      `已化解的2件积案中有1件未息诉，化解率${measureText(report, '化解率')}`,
    );
    // The input report is not changed.
    expect(findIndicator(report, '化解率').reason).toContain('{已化解件数}');
  });

  it('locates an unknown placeholder in project.yaml at its key line and one in indicators.csv at its row', () => {
    const withBad = {
      ...report,
      indicators: report.indicators.map((i) => ({ ...i, reason: i.reason && '{已化解数}' })),
    };
    const bound = bindFigures({
      report: withBad,
      facts: { name: '测试资金', overview: '{资金总额}' } as never,
      factsFile: 'content/2024/demo/project.yaml',
      factsLines: { 项目概述: 7 },
      indicatorsFile: 'data/2024/demo/indicators.csv',
    });
    expect(bound.problems.map((p) => [p.file, p.line, p.column, p.severity])).toEqual([
      [
        'data/2024/demo/indicators.csv',
        findIndicator(report, '化解率').line,
        '偏差原因分析及改进措施',
        'error',
      ],
      ['content/2024/demo/project.yaml', 7, '项目概述', 'error'],
    ]);
  });
});

describe('placeholderText(report, inside) in a project-year without cases.csv', () => {
  const noCases = { ...report, noCaseLedger: true as const };
  it('refuses a case measure, saying there is no cases.csv', () => {
    expect(placeholderText(noCases, '化解率')).toEqual({
      error:
        '占位符 {化解率}：“化解率”按信访积案台账计算，但本项目年度没有 cases.csv；没有台账时可用的计算口径有 资金支出总额、预算执行率，或留空并手工填写实际完成值',
    });
  });

  it('renders a payment measure', () => {
    expect(placeholderText(noCases, '资金支出总额').text).toBe(measureText(report, '资金支出总额'));
  });
});

describe('placeholderText(report, inside) with hostile insides', () => {
  it('quotes a long inside cut short', () => {
    const r = placeholderText(report, `某某${'很长的一段话'.repeat(100)}`);
    expect(r.error?.length).toBeLessThan(600);
    expect(r.error).toContain('…}');
  });
});

describe('loadSite() on the sample binds project.yaml and indicators.csv text to the figures', () => {
  it('shows the computed counts where the sample writes placeholders', async () => {
    const { loadSite } = await import('../../../src/lib/pipeline/site.ts');
    const root = new URL('../../..', import.meta.url).pathname;
    const site = await loadSite({ root, workers: 1 });
    const py = site.projectYears.find((p) => p.id === '2024/jiean-huajie');
    const resolved = py?.report.measures['已化解件数'];
    expect(py?.facts?.achievement).toMatch(new RegExp(`^全年化解信访积案${resolved}件，`));
    expect(findIndicator(py?.report as Report, '息诉罢访率').reason).toMatch(
      new RegExp(`^已化解的${resolved}件积案中`),
    );
    const help = site.projectYears.find((p) => p.id === '2024/xinfang-jiuzhu');
    expect(help?.facts?.achievement).toMatch(
      new RegExp(`^全年救助信访群众${help?.report.measures['救助人数']}人，`),
    );
    expect(site.problems.filter((p) => /占位符|计算得出的/.test(p.message))).toEqual([]);
  }, 60_000);
});

describe('renderPlaceholdersWith(text, resolve, place)', () => {
  const place = { file: 'content/2024/_unit/unit.yaml', line: 3, column: '单位概况' };
  const resolve = (inside: string) =>
    inside === '甲' ? { text: '1个' } : { error: `不认识的占位符 {${inside}}` };

  it('replaces each placeholder by what the resolver makes of it', () => {
    expect(renderPlaceholdersWith('共{甲}，{{括号}}', resolve, place)).toEqual({
      text: '共1个，{括号}',
      problems: [],
    });
  });

  it('keeps the text as written and locates every bad placeholder', () => {
    const r = renderPlaceholdersWith('{乙}{甲}{丙}', resolve, place);
    expect(r.text).toBe('{乙}{甲}{丙}');
    expect(r.problems.map((p) => p.message)).toEqual([
      '不认识的占位符 {乙}',
      '不认识的占位符 {丙}',
    ]);
    expect(r.problems[0]).toMatchObject({ ...place, severity: 'error' });
  });
});
