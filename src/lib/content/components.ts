/**
 * The site's figure components as a narrative may use them: each component's attributes, which
 * are required, and the values each may take (fixed lists, or this project-year's sources and
 * indicators), with the check of one component element against them.
 */
import { compareText } from '../base/problems.ts';
import type { Report } from '../model/report-schema.ts';
import { MEASURE_NAMES, MEASURES, needsCasesMessage } from '../model/measures.ts';
import { quote } from '../privacy/echo.ts';
import { CHART_TITLES } from '../report/charts.ts';
import { LEVEL1 } from '../schema/indicators.ts';
import type { Attribute, Collector, Node } from './narrative-node.ts';
import { suggest } from './suggest.ts';

/** What a component's attribute may be: a fixed list, or names taken from the project-year. */
type Values =
  | { kind: 'list'; what: string; values: readonly string[]; labels?: Record<string, string> }
  | { kind: 'source' }
  | { kind: 'indicator' }
  | { kind: 'text' };

export interface PropRule {
  required?: boolean;
  values: Values;
  /** Allowed only beside another attribute holding one of these values (`unit` for money). */
  onlyWith?: { attr: string; values: readonly string[]; what: string };
}

const MONEY_UNITS: Values = { kind: 'list', what: '单位', values: ['万元', '元'] };

/** The components of src/components/figures/ as the narrative may use them (Prose.astro). */
export const COMPONENTS: Record<string, Record<string, PropRule>> = {
  Budget: {
    of: {
      required: true,
      values: { kind: 'list', what: '预算项', values: ['年初预算数', '全年预算数', '全年执行数'] },
    },
    source: { values: { kind: 'source' } },
    unit: { values: MONEY_UNITS },
  },
  Chart: {
    kind: {
      required: true,
      values: {
        kind: 'list',
        what: '图表种类',
        values: Object.keys(CHART_TITLES),
        labels: {
          monthly: '按月拨付进度',
          sources: '按资金来源的支出',
          units: '按责任单位的案件数',
          categories: '按问题类别的案件数',
          status: '化解状态',
        },
      },
    },
    label: { values: { kind: 'text' } },
  },
  Funding: {},
  Grade: {},
  Indicator: { name: { required: true, values: { kind: 'indicator' } } },
  Indicators: {
    level1: { values: { kind: 'list', what: '一级指标', values: LEVEL1 } },
    caption: { values: { kind: 'text' } },
  },
  IndicatorValue: {
    name: { required: true, values: { kind: 'indicator' } },
    field: {
      values: {
        kind: 'list',
        what: '指标字段',
        values: ['target', 'actual', 'points', 'score'],
        labels: { target: '年度指标值', actual: '实际完成值', points: '分值', score: '得分' },
      },
    },
  },
  Measure: {
    name: { required: true, values: { kind: 'list', what: '计算口径', values: MEASURE_NAMES } },
    unit: {
      values: MONEY_UNITS,
      onlyWith: {
        attr: 'name',
        values: MEASURES.filter((m) => m.kind === 'money').map((m) => m.name),
        what: '金额',
      },
    },
  },
  Score: {
    of: {
      values: {
        kind: 'list',
        what: '得分种类',
        values: ['total', 'funding'],
        labels: { total: '总分', funding: '预算执行得分' },
      },
    },
  },
  Share: { source: { required: true, values: { kind: 'source' } } },
};

export const COMPONENT_NAMES = Object.keys(COMPONENTS).sort(compareText);

/** The names a project-year's narrative may refer to; undefined when its data has errors. */
export interface NarrativeNames {
  sources: readonly string[];
  indicators: readonly string[];
  /** The project-year has no cases.csv: case measures and case charts are not there to show. */
  noCases?: boolean;
  /** The components it may use, when not the project-year's (COMPONENTS): the unit report's. */
  components?: Record<string, Record<string, PropRule>>;
}

/** Charts drawn from the case ledger. */
const CASE_CHARTS = ['status', 'units', 'categories'];

export function namesOf(report: Report | undefined): NarrativeNames | undefined {
  if (report === undefined) return undefined;
  return {
    sources: report.funding.lines.map((l) => l.source),
    indicators: report.indicators.map((i) => i.name),
    ...(report.noCaseLedger ? { noCases: true } : {}),
  };
}

export function checkComponent(
  n: Node,
  name: string,
  rules: Record<string, PropRule>,
  attributes: readonly Attribute[],
  out: Collector,
  names: NarrativeNames | undefined,
): void {
  const allowed = Object.keys(rules);
  const seen = new Set<string>();
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name === undefined) {
      out.add(n, `<${name}> 不能使用 {…} 展开属性；属性应逐个写成 名称="文字"`);
      continue;
    }
    const attr = a.name;
    const rule = rules[attr];
    if (rule === undefined) {
      out.add(
        n,
        allowed.length === 0
          ? `<${name}> 没有属性，不能写 ${attr}；应写成 <${name} />`
          : `<${name}> 没有属性 ${attr}${suggest(attr, allowed, (s) => s)}；可用的属性有 ${allowed.join('、')}`,
      );
      continue;
    }
    seen.add(attr);
    if (typeof a.value !== 'string') {
      out.add(
        n,
        `<${name}> 的属性 ${attr} 必须写成带引号的文字，如 ${attr}="${example(rule.values, names)}"${a.value === null || a.value === undefined ? '' : '；不能用 {…} 表达式'}`,
      );
      continue;
    }
    checkValue(n, name, attr, a.value, rule.values, out, names);
    if (names?.noCases) checkCaseFree(n, name, attr, a.value, out);
  }
  for (const [attr, rule] of Object.entries(rules)) {
    const other = rule.onlyWith;
    const given = attributes.find((a) => a.name === other?.attr)?.value;
    if (other && seen.has(attr) && typeof given === 'string' && !other.values.includes(given))
      out.add(
        n,
        `<${name}> 的 ${attr} 只用于${other.what}（${other.values.join('、')}）；${quote(given)}不是${other.what}，请删去 ${attr}`,
      );
    if (rule.required && !seen.has(attr)) {
      out.add(
        n,
        `<${name}> 缺少属性 ${attr}，如 <${name} ${attr}="${example(rule.values, names)}" />`,
      );
    }
  }
  if ((n.children ?? []).length > 0) {
    out.add(n, `<${name}> 不接受内容，其中的文字不会显示；应写成 <${name} … />`);
  }
}

/** In a project-year without cases.csv, a case measure or case chart is an error that says so. */
function checkCaseFree(n: Node, component: string, attr: string, value: string, out: Collector) {
  if (component === 'Measure' && attr === 'name') {
    const message = needsCasesMessage(value);
    if (message) out.add(n, `<Measure> 的 name：${message}`);
  }
  if (component === 'Chart' && attr === 'kind' && CASE_CHARTS.includes(value)) {
    out.add(
      n,
      `<Chart> 的 kind：图表“${value}”按信访积案台账绘制，但本项目年度没有 cases.csv；可用的有 monthly、sources`,
    );
  }
}

function example(values: Values, names: NarrativeNames | undefined): string {
  switch (values.kind) {
    case 'list':
      return values.values[0] ?? '';
    case 'source':
      return names?.sources[0] ?? '本年财政拨款';
    case 'indicator':
      return names?.indicators[0] ?? '群众满意率';
    case 'text':
      return '…';
  }
}

function checkValue(
  n: Node,
  component: string,
  attr: string,
  value: string,
  values: Values,
  out: Collector,
  names: NarrativeNames | undefined,
): void {
  switch (values.kind) {
    case 'text':
      return;
    case 'list': {
      if (values.values.includes(value)) return;
      const list = values.values
        .map((v) => (values.labels?.[v] ? `${v}（${values.labels[v]}）` : v))
        .join('、');
      out.add(
        n,
        `<${component}> 的 ${attr}：${quote(value)}不是已知的${values.what}${suggest(value, values.values, (s) => `“${s}”`)}；可用的有 ${list}`,
      );
      return;
    }
    case 'source': {
      if (names === undefined || names.sources.includes(value)) return;
      out.add(
        n,
        `<${component}> 的 ${attr}：资金来源${quote(value)}不在本项目年度的 budget.csv 中${suggest(value, names.sources, (s) => `“${s}”`)}；应为 ${names.sources.join('、')} 之一`,
      );
      return;
    }
    case 'indicator': {
      if (names === undefined || names.indicators.includes(value)) return;
      out.add(
        n,
        `<${component}> 的 ${attr}：indicators.csv 中没有名为${quote(value)}的三级指标${suggest(value, names.indicators, (s) => `“${s}”`)}；本项目年度的指标有 ${names.indicators.join('、')}`,
      );
      return;
    }
  }
}
