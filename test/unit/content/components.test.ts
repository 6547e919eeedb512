/** components.ts: the figure components a narrative may use, checked through checkNarrative. */
import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES, namesOf } from '../../../src/lib/content/components.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';
import { F, lines, NAMES, unchecked } from '../support/narrative.ts';

describe('checkNarrative(file, text, names) refuses a component used wrongly', () => {
  it.each([
    [
      'an unknown component, suggesting the nearest',
      '<Mesure name="化解率" />',
      [
        `error ${F}:1: 第1列: 不认识的组件 <Mesure>（是否应为 <Measure>？）；可用的组件有 Budget、Chart、Funding、Grade、Indicator、IndicatorValue、Indicators、Measure、Score、Share`,
      ],
    ],
    [
      'a member or namespaced component',
      '<os.hostname /> <x:y />',
      [
        `error ${F}:1: 第1列: 不认识的组件 <os.hostname>；可用的组件有 Budget、Chart、Funding、Grade、Indicator、IndicatorValue、Indicators、Measure、Score、Share`,
        `error ${F}:1: 第17列: 不认识的组件 <x:y>；可用的组件有 Budget、Chart、Funding、Grade、Indicator、IndicatorValue、Indicators、Measure、Score、Share`,
      ],
    ],
    [
      'an unknown attribute and a missing required one',
      '<Measure nmae="化解率" />',
      [
        `error ${F}:1: 第1列: <Measure> 没有属性 nmae（是否应为 name？）；可用的属性有 name、unit`,
        `error ${F}:1: 第1列: <Measure> 缺少属性 name，如 <Measure name="积案总数" />`,
      ],
    ],
    [
      'a bare attribute where a value is needed',
      '<Chart kind />',
      [`error ${F}:1: 第1列: <Chart> 的属性 kind 必须写成带引号的文字，如 kind="monthly"`],
    ],
    [
      'an attribute in braces, even a literal one',
      '<Measure name={"化解率"} />',
      [
        `error ${F}:1: 第1列: <Measure> 的属性 name 必须写成带引号的文字，如 name="积案总数"；不能用 {…} 表达式`,
      ],
    ],
    [
      'a spread attribute',
      '<Grade {...process.env} />',
      [`error ${F}:1: 第1列: <Grade> 不能使用 {…} 展开属性；属性应逐个写成 名称="文字"`],
    ],
    [
      'content inside a component',
      '<Grade>优</Grade>',
      [`error ${F}:1: 第1列: <Grade> 不接受内容，其中的文字不会显示；应写成 <Grade … />`],
    ],
    [
      'an unknown unit and score kind',
      '<Budget of="全年预算数" unit="千元" /><Score of="all" />',
      [
        `error ${F}:1: 第1列: <Budget> 的 unit：“千元”不是已知的单位（是否应为 “万元”？）；可用的有 万元、元`,
        `error ${F}:1: 第32列: <Score> 的 of：“all”不是已知的得分种类；可用的有 total（总分）、funding（预算执行得分）`,
      ],
    ],
    [
      'an unknown source and indicator, against this project-year',
      '<Share source="本年拨款" /><Indicator name="满意率" />',
      [
        `error ${F}:1: 第1列: <Share> 的 source：资金来源“本年拨款”不在本项目年度的 budget.csv 中（是否应为 “本年财政拨款”？）；应为 本年财政拨款、上年结转资金 之一`,
        `error ${F}:1: 第24列: <Indicator> 的 name：indicators.csv 中没有名为“满意率”的三级指标（是否应为 “群众满意率”？）；本项目年度的指标有 群众满意率、化解信访积案数`,
      ],
    ],
    [
      'a money unit on a measure that is no amount',
      '<Measure name="已化解件数" unit="元" />',
      [
        `error ${F}:1: 第1列: <Measure> 的 unit 只用于金额（资金支出总额、件均化解资金）；“已化解件数”不是金额，请删去 unit`,
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('never repeats a number written as the name of a measure given a unit', () => {
    expect(lines('<Measure name="13912345678" unit="元" />').join('\n')).not.toMatch(/1391234/);
  });

  it('takes a money unit on an amount', () => {
    expect(lines('<Measure name="资金支出总额" unit="元" />')).toEqual([]);
  });

  it('does not check sources and indicators when the data could not be read', () => {
    expect(unchecked('<Share source="任意" /><Indicator name="任意" />')).toEqual([]);
  });
});

describe('checkNarrative(file, text, names) never repeats a planted number', () => {
  it.each([['110101199003071233'], ['13812345678']])('%s in an attribute', (value) => {
    const found = lines(`<Measure name="${value}" /><Share source="${value}" />`);
    expect(found).toHaveLength(2);
    for (const line of found) expect(line).not.toContain(value);
  });
});

describe('checkNarrative(file, text, names) in a project-year without cases.csv', () => {
  const noCases = { ...NAMES, noCases: true };
  it.each(['化解率', '积案总数', '救助人数', '息诉罢访率'])(
    'refuses <Measure name="%s" />, saying there is no cases.csv',
    (measure) => {
      expect(lines(`<Measure name="${measure}" />`, noCases)).toEqual([
        `error ${F}:1: 第1列: <Measure> 的 name：“${measure}”按信访积案台账计算，但本项目年度没有 cases.csv；没有台账时可用的计算口径有 资金支出总额、预算执行率，或留空并手工填写实际完成值`,
      ]);
    },
  );

  it.each(['status', 'units', 'categories'])('refuses <Chart kind="%s" />', (kind) => {
    expect(lines(`<Chart kind="${kind}" />`, noCases)).toEqual([
      `error ${F}:1: 第1列: <Chart> 的 kind：图表“${kind}”按信访积案台账绘制，但本项目年度没有 cases.csv；可用的有 monthly、sources`,
    ]);
  });

  it('accepts the payment measures and charts', () => {
    expect(
      lines(
        '<Measure name="资金支出总额" /><Measure name="预算执行率" /><Chart kind="monthly" />',
        noCases,
      ),
    ).toEqual([]);
  });
});

describe('namesOf(report)', () => {
  it('lists the sources of the funding lines and the indicator names, in report order', () => {
    const report = {
      funding: { lines: [{ source: '本年财政拨款' }, { source: '上年结转资金' }] },
      indicators: [{ name: '化解信访积案' }, { name: '群众满意率' }],
    } as unknown as Report;
    expect(namesOf(report)).toEqual({
      sources: ['本年财政拨款', '上年结转资金'],
      indicators: ['化解信访积案', '群众满意率'],
    });
  });

  it('says when the project-year has no case ledger', () => {
    const report = {
      noCaseLedger: true,
      funding: { lines: [{ source: '本年财政拨款' }] },
      indicators: [],
    } as unknown as Report;
    expect(namesOf(report)).toEqual({ sources: ['本年财政拨款'], indicators: [], noCases: true });
  });

  it('is undefined without a report (data with errors: nothing to check against)', () => {
    expect(namesOf(undefined)).toBeUndefined();
  });
});

describe('COMPONENT_NAMES', () => {
  it('lists every component in text order', () => {
    expect(COMPONENT_NAMES).toEqual([
      'Budget',
      'Chart',
      'Funding',
      'Grade',
      'Indicator',
      'IndicatorValue',
      'Indicators',
      'Measure',
      'Score',
      'Share',
    ]);
  });
});
