/**
 * Every figure of a report.json (as model/report-json.ts reads it: money in 分), flattened to a
 * list of named values with stable keys. The report is read loosely — a field a build of another version lacks is simply absent — so two
 * builds of different site versions can still be compared.
 */
import type Fraction from 'fraction.js';
import type { ExactSource } from '../model/exact.ts';
import { exactActual, exactMeasure } from '../model/exact.ts';
import { measureByName } from '../model/measures.ts';
import type { FigureFormat, FigureValue } from './values.ts';

/** How a figure's value is written. */
export interface Figure {
  /** Stable identity across builds: `measure/化解率`, `funding/本年财政拨款/executed`. */
  key: string;
  /** 评分, 计算口径, 资金情况, 绩效指标, 记录数, 基本信息 */
  group: string;
  /** The figure's name as the report says it: `本年财政拨款 全年执行数`. */
  name: string;
  value: FigureValue;
  format: FigureFormat;
  /** The exact value changes are computed from (see model/exact.ts), when it is a number. */
  exact?: Fraction | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const objectAt = (v: unknown, key: string): Json => {
  const found = isObject(v) ? v[key] : undefined;
  return isObject(found) ? found : {};
};

const arrayAt = (v: unknown, key: string): unknown[] => {
  const found = isObject(v) ? v[key] : undefined;
  return Array.isArray(found) ? found : [];
};

const valueAt = (v: Json, key: string): FigureValue | undefined => {
  const found = v[key];
  return typeof found === 'number' ||
    typeof found === 'string' ||
    typeof found === 'boolean' ||
    found === null
    ? found
    : undefined;
};

const SCORE: FigureFormat = { kind: 'score' };

const MONEY: FigureFormat = { kind: 'money' };

const RATE: FigureFormat = { kind: 'rate' };

const TEXT: FigureFormat = { kind: 'text' };

const ROWS: [string, string][] = [
  ['cases', '案件台账记录数'],
  ['spending', '拨付明细记录数'],
  ['budget', '资金情况行数'],
  ['indicators', '绩效指标数'],
];

const FUNDING_FIELDS: [string, string, FigureFormat][] = [
  ['initialBudget', '年初预算数', MONEY],
  ['annualBudget', '全年预算数', MONEY],
  ['executed', '全年执行数', MONEY],
  ['executionRate', '执行率', RATE],
];

function measureFormat(name: string): FigureFormat {
  const def = measureByName(name);
  if (!def) return { kind: 'unit', unit: null };
  if (def.kind === 'count') return { kind: 'count', unit: def.unit ?? '件' };
  return def.kind === 'rate' ? RATE : MONEY;
}

/** reportFigures(report): the report's figures in reading order, each with a stable key. */
export function reportFigures(report: unknown): Figure[] {
  const figures: Figure[] = [];
  const add = (
    key: string,
    group: string,
    name: string,
    value: FigureValue | undefined,
    format: FigureFormat,
    exact?: Fraction | null,
  ) => {
    if (value === undefined) return;
    figures.push({ key, group, name, value, format, ...(exact === undefined ? {} : { exact }) });
  };
  const r = isObject(report) ? report : {};
  // Read loosely: exact.ts checks the type of every value it takes from these.
  const source = r as ExactSource;
  const funding = objectAt(r, 'funding');

  add('score/total', '评分', '自评总分', valueAt(r, 'totalScore'), SCORE);
  add('score/grade', '评分', '评价等级', valueAt(r, 'grade'), TEXT);
  add('score/funding', '评分', '预算执行得分', valueAt(funding, 'score'), SCORE);
  add('score/funding-points', '评分', '预算执行分值', valueAt(funding, 'points'), {
    kind: 'points',
  });

  for (const [name, value] of Object.entries(objectAt(r, 'measures'))) {
    const v = valueAt({ value }, 'value');
    add(`measure/${name}`, '计算口径', name, v, measureFormat(name), exactMeasure(source, name));
  }

  const lines: [string, string, Json][] = [['total', '年度资金总额', objectAt(funding, 'total')]];
  for (const line of arrayAt(funding, 'lines')) {
    if (isObject(line) && typeof line['source'] === 'string') {
      lines.push([`line/${line['source']}`, line['source'], line]);
    }
  }
  for (const [id, label, line] of lines) {
    for (const [field, name, format] of FUNDING_FIELDS) {
      add(`funding/${id}/${field}`, '资金情况', `${label} ${name}`, valueAt(line, field), format);
    }
  }

  for (const item of arrayAt(r, 'indicators')) {
    if (!isObject(item) || typeof item['name'] !== 'string') continue;
    const name = item['name'];
    const unit = typeof item['unit'] === 'string' ? item['unit'] : null;
    const key = (field: string) => `indicator/${name}/${field}`;
    const at = (field: string) => valueAt(item, field);
    const numberOrText = (v: FigureValue | undefined): FigureFormat =>
      typeof v === 'number' ? { kind: 'unit', unit } : TEXT;
    add(key('target'), '绩效指标', `${name} 年度指标值`, at('target'), numberOrText(at('target')));
    const measure = typeof item['measure'] === 'string' ? item['measure'] : null;
    const actual = at('actual');
    add(
      key('actual'),
      '绩效指标',
      `${name} 实际完成值`,
      actual,
      numberOrText(actual),
      typeof actual === 'number' ? exactActual(source, { actual, measure, unit }) : undefined,
    );
    add(key('met'), '绩效指标', `${name} 完成情况`, at('met'), {
      kind: 'flag',
      yes: '达到年度指标值',
      no: '未达到年度指标值',
    });
    add(key('points'), '绩效指标', `${name} 分值`, at('points'), { kind: 'points' });
    add(key('score'), '绩效指标', `${name} 得分`, at('score'), SCORE);
    add(key('manual'), '绩效指标', `${name} 评分方式`, at('manual'), {
      kind: 'flag',
      yes: '人工评分',
      no: '按公式计算',
    });
    add(key('direction'), '绩效指标', `${name} 指标性质`, at('direction'), TEXT);
    add(key('unit'), '绩效指标', `${name} 度量单位`, at('unit'), TEXT);
    add(key('measure'), '绩效指标', `${name} 计算口径`, at('measure'), TEXT);
    add(key('reason'), '绩效指标', `${name} 偏差原因分析及改进措施`, at('reason'), TEXT);
  }

  const rows = objectAt(r, 'rows');
  for (const [field, name] of ROWS) {
    add(`rows/${field}`, '记录数', name, valueAt(rows, field), { kind: 'count', unit: '条' });
  }
  add('info/name', '基本信息', '项目名称', valueAt(objectAt(r, 'project'), 'name'), TEXT);
  add('info/timelyDays', '基本信息', '按期办结天数', valueAt(r, 'timelyDays'), {
    kind: 'count',
    unit: '天',
  });
  return figures;
}
