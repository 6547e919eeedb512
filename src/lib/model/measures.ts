/**
 * Measures (计算口径): figures computed from a project-year's records. Each is defined once
 * here; indicators refer to them by name, and every page, table, chart and report.json reads
 * the same computed value. Values are exact fractions; rounding happens only for display.
 */
import Fraction from 'fraction.js';
import type { BudgetLine } from '../schema/budget.ts';
import { CENTRAL } from '../schema/budget.ts';
import type { CaseRecord } from '../schema/cases.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import type { CaseLinks } from './links.ts';

export interface MeasureInput {
  cases: readonly CaseRecord[];
  payments: readonly PaymentRecord[];
  budget: readonly BudgetLine[];
  /** How the payments tie to the cases: caseLinks(cases, payments), worked out by the caller. */
  links: CaseLinks;
  /** Days within which a case counts as resolved on time (信访工作条例: 60 + 30). */
  timelyDays: number;
}

/** What each measure is computed from: the input, and the resolved cases picked out once. */
export interface MeasureContext extends MeasureInput {
  /** The cases whose 化解状态 is 已化解, in ledger order; several measures count them. */
  resolved: readonly CaseRecord[];
}

/**
 * What a measure counts, which fixes how it is stored and shown:
 * `count` a whole number of 件 or 人; `rate` a fraction 0–1 (shown as %); `money` an amount
 * in 分 (reported in 元).
 */
export type MeasureKind = 'count' | 'rate' | 'money';

/** The good direction of a year-over-year change. */
export type MeasureBetter = 'up' | 'down' | 'none';

/** What every measure states about itself; its kind and unit come with it (MeasureDef). */
interface MeasureCommon {
  name: string;
  /** How it is computed, in words, for the report's notes. */
  definition: string;
  /**
   * Which way a change from one year to the next is good: `up` (more resolved, higher rates),
   * `down` (lower cost per case), or `none` where a rise is neither good nor bad in itself
   * (the size of the backlog, the amount spent).
   */
  better: MeasureBetter;
  /** Charted through the years on the comparison page (report/trends.ts). */
  trend: boolean;
  /**
   * Stands for the funding block: 主要数据 lists it whatever the indicators use (model/yoy.ts),
   * and a clause about one 资金来源 is not about it (content/stale-figures.ts).
   */
  funding: boolean;
  /**
   * Computed from the case ledger (cases.csv): a project-year without one has no such measure,
   * and naming it is an error there.
   */
  fromCases: boolean;
  /** The value, or undefined when it cannot be computed (a rate over nothing). */
  compute: (input: MeasureContext) => Fraction | undefined;
}

/**
 * A measure, defined once: everything that reads a measure (pages, trends, the year-on-year
 * table, the stale-figure check, report.json) takes these fields from here, so a measure added
 * without them does not type-check. A count states its unit; a rate or an amount has none.
 */
export type MeasureDef = MeasureCommon &
  (
    { kind: 'count'; /** 件 or 人. */ unit: '件' | '人' } | { kind: 'rate' | 'money'; unit?: never }
  );

export const DEFAULT_TIMELY_DAYS = 90;

const settledResolved = (input: MeasureContext) => input.resolved.filter((c) => c.settled);
const spentFen = (input: MeasureInput) => input.payments.reduce((sum, p) => sum + p.amount, 0);

function ratio(numerator: number, denominator: number): Fraction | undefined {
  return denominator === 0 ? undefined : new Fraction(numerator, denominator);
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return (utcMidnight(to) - utcMidnight(from)) / 86_400_000;
}

/** Milliseconds at midnight UTC of an ISO date, read by position (cheaper than Date.parse). */
function utcMidnight(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** People helped: distinct 信访人编号 (else distinct cases) whose payments net above zero. */
function helpedCount(input: MeasureInput): number {
  const { paidFen } = input.links;
  const people = new Set<string>();
  for (let i = 0; i < input.cases.length; i++) {
    if ((paidFen[i] as number) <= 0) continue;
    const c = input.cases[i] as CaseRecord;
    people.add(c.petitionerId ?? `案件:${c.caseId}`);
  }
  return people.size;
}

const DEFINITIONS = [
  {
    name: '积案总数',
    fromCases: true,
    kind: 'count',
    unit: '件',
    better: 'none',
    trend: false,
    funding: false,
    definition: '台账中的案件数',
    compute: (i) => new Fraction(i.cases.length),
  },
  {
    name: '已化解件数',
    fromCases: true,
    kind: 'count',
    unit: '件',
    better: 'up',
    trend: true,
    funding: false,
    definition: '化解状态为“已化解”的案件数',
    compute: (i) => new Fraction(i.resolved.length),
  },
  {
    name: '化解率',
    fromCases: true,
    kind: 'rate',
    better: 'up',
    trend: true,
    funding: false,
    definition: '已化解件数 ÷ 积案总数',
    compute: (i) => ratio(i.resolved.length, i.cases.length),
  },
  {
    name: '息诉罢访件数',
    fromCases: true,
    kind: 'count',
    unit: '件',
    better: 'up',
    trend: false,
    funding: false,
    definition: '已化解且息诉罢访的案件数',
    compute: (i) => new Fraction(settledResolved(i).length),
  },
  {
    name: '息诉罢访率',
    fromCases: true,
    kind: 'rate',
    better: 'up',
    trend: true,
    funding: false,
    definition: '息诉罢访件数 ÷ 已化解件数',
    compute: (i) => ratio(settledResolved(i).length, i.resolved.length),
  },
  {
    name: '按期办结率',
    fromCases: true,
    kind: 'rate',
    better: 'up',
    trend: false,
    funding: false,
    definition: '登记后规定天数内办结的已化解案件 ÷ 已化解件数',
    compute: (i) => {
      const done = i.resolved;
      const onTime = done.filter(
        (c) => c.closed !== undefined && daysBetween(c.registered, c.closed) <= i.timelyDays,
      );
      return ratio(onTime.length, done.length);
    },
  },
  {
    name: '满意率',
    fromCases: true,
    kind: 'rate',
    better: 'up',
    trend: true,
    funding: false,
    definition: '（满意 + 基本满意）÷ 已评价的案件数',
    compute: (i) => {
      const rated = i.cases.filter((c) => c.satisfaction !== '未评价');
      const pleased = rated.filter(
        (c) => c.satisfaction === '满意' || c.satisfaction === '基本满意',
      );
      return ratio(pleased.length, rated.length);
    },
  },
  {
    name: '救助人数',
    fromCases: true,
    kind: 'count',
    unit: '人',
    better: 'up',
    trend: false,
    funding: false,
    definition: '有拨付（冲减后净额大于零）的不同信访人编号数；未填编号的按案件计',
    compute: (i) => new Fraction(helpedCount(i)),
  },
  {
    name: '资金支出总额',
    fromCases: false,
    kind: 'money',
    better: 'none',
    trend: true,
    funding: true,
    definition: '资金拨付明细金额合计（含冲减）',
    compute: (i) => new Fraction(spentFen(i)),
  },
  {
    name: '件均化解资金',
    fromCases: true,
    kind: 'money',
    // A 成本指标: the bureau's tables set it as “≤”, so a lower cost per case counts as better.
    better: 'down',
    trend: false,
    funding: false,
    definition: '资金支出总额 ÷ 已化解件数',
    compute: (i) => ratio(spentFen(i), i.resolved.length),
  },
  {
    name: '预算执行率',
    fromCases: false,
    kind: 'rate',
    better: 'up',
    trend: true,
    funding: true,
    definition: '资金支出总额 ÷ 各资金来源全年预算数之和',
    // A 其中：中央和省级补助 line is inside its 本年财政拨款 line already: not counted again.
    compute: (i) =>
      ratio(
        spentFen(i),
        i.budget.reduce((sum, b) => sum + (b.category === CENTRAL ? 0 : b.annualBudget), 0),
      ),
  },
] as const satisfies readonly MeasureDef[];

/** A measure's name, as code that names one writes it (checked when type-checking). */
export type MeasureName = (typeof DEFINITIONS)[number]['name'];

/** Every measure, in the order the report lists them. */
export const MEASURES: readonly MeasureDef[] = DEFINITIONS;

export const MEASURE_NAMES: readonly string[] = MEASURES.map((m) => m.name);

/** The measures a project-year without a case ledger has (computed from payments and budget). */
export const PAYMENT_MEASURE_NAMES: readonly string[] = MEASURES.filter((m) => !m.fromCases).map(
  (m) => m.name,
);

/**
 * The message for a measure named where the project-year has no case ledger, or undefined when
 * the measure does not need one.
 */
export function needsCasesMessage(name: string): string | undefined {
  if (measureByName(name)?.fromCases !== true) return undefined;
  return `“${name}”按信访积案台账计算，但本项目年度没有 cases.csv；没有台账时可用的计算口径有 ${PAYMENT_MEASURE_NAMES.join('、')}，或留空并手工填写实际完成值`;
}

const BY_NAME = new Map(MEASURES.map((m) => [m.name, m]));

export function measureByName(name: string): MeasureDef | undefined {
  return BY_NAME.get(name);
}

/** The measure of a name known when type-checking. */
export function measureDef(name: MeasureName): MeasureDef {
  return BY_NAME.get(name) as MeasureDef;
}

/** The names of the measures with a role (`trend`, `funding`), in the order of MEASURES. */
export function measuresWith(role: 'trend' | 'funding'): MeasureName[] {
  return DEFINITIONS.filter((m) => m[role]).map((m) => m.name);
}

/** Every measure of a project-year, in definition order. */
export function computeMeasures(input: MeasureInput): Map<string, Fraction | undefined> {
  const context: MeasureContext = {
    ...input,
    resolved: input.cases.filter((c) => c.status === '已化解'),
  };
  return new Map(MEASURES.map((m) => [m.name, m.compute(context)]));
}
