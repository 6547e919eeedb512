/**
 * Chart specifications, computed at build time from the same subtotals the tables show. A spec
 * is plain data: the browser only draws it (Chart.js), and the data table printed beside each
 * chart is made from the very same numbers.
 */
import type { Breakdowns } from '../model/breakdowns.ts';
import type { TrendPoint } from '../model/trend.ts';
import { formatWan, formatYuan } from '../base/money.ts';
import type { WanDecimals } from '../base/money.ts';
import { formatCount, formatMonth, formatPercent, formatRatio, formatScore } from './format.ts';
import { subtotalTable } from './subtotals.ts';
import type { TextTable } from './subtotals.ts';

export type ChartKind = 'monthly' | 'sources' | 'units' | 'categories' | 'status';

/** A figure through the years (comparison page): one bar or point per year. */
export type TrendKind = 'trend';

export interface ChartSeries {
  label: string;
  /** How the series is drawn. */
  draw: 'bar' | 'line' | 'budget-line';
  /** Values in the chart's unit (万元 amounts, or counts). */
  values: number[];
  /** Stack id for stacked bars. */
  stack?: string;
}

export interface ChartSpec {
  kind: ChartKind | TrendKind;
  title: string;
  /** `doughnut` for shares, else bars and lines on one axis. */
  type: 'bar' | 'doughnut';
  horizontal?: boolean;
  labels: string[];
  series: ChartSeries[];
  /** Axis title, e.g. `万元` or `件`. */
  unit: string;
  /** Short text for screen readers. */
  summary: string;
  /** The equivalent data table. */
  table: { columns: string[]; rows: string[][]; numeric: boolean[] };
}

/** 分 → 万元 as a number for drawing (the table shows the exact figures). */
function wanValue(fen: number): number {
  return fen / 1_000_000;
}

export const CHART_TITLES: Record<ChartKind, string> = {
  monthly: '资金拨付进度（按月）',
  sources: '资金支出（按资金来源）',
  units: '案件数（按责任单位）',
  categories: '案件数（按问题类别）',
  status: '案件化解状态',
};

/** A chart's data table is its subtotal table, closing 合计 row included: the same figures. */
function tableOf(t: TextTable): ChartSpec['table'] {
  return { columns: t.columns, numeric: t.numeric, rows: [...t.rows, t.total] };
}

/**
 * chartSpec(kind, breakdowns, wan): a chart of the project-year, its summary writing money at the
 * project-year's 万元 decimals (report.funding.wanDecimals), as its tables and prose do.
 */
export function chartSpec(kind: ChartKind, b: Breakdowns, wan: WanDecimals): ChartSpec {
  switch (kind) {
    case 'monthly':
      return monthly(b, wan);
    case 'sources':
      return sources(b, wan);
    case 'units':
      return caseGroups('units', b);
    case 'categories':
      return caseGroups('categories', b);
    case 'status':
      return status(b);
  }
}

function monthly(b: Breakdowns, wan: WanDecimals): ChartSpec {
  const last = b.byMonth[b.byMonth.length - 1];
  const executed = last?.cumulativeFen ?? 0;
  return {
    kind: 'monthly',
    title: CHART_TITLES.monthly,
    type: 'bar',
    labels: b.byMonth.map((m) => formatMonth(m.month)),
    series: [
      { label: '当月拨付', draw: 'bar', values: b.byMonth.map((m) => wanValue(m.amountFen)) },
      { label: '累计拨付', draw: 'line', values: b.byMonth.map((m) => wanValue(m.cumulativeFen)) },
      {
        label: '全年预算数',
        draw: 'budget-line',
        values: b.byMonth.map(() => wanValue(b.annualBudgetFen)),
      },
    ],
    unit: '万元',
    summary: `全年累计拨付 ${formatWan(executed, wan)} 万元，全年预算数 ${formatWan(b.annualBudgetFen, wan)} 万元。`,
    table: tableOf(subtotalTable('month', b)),
  };
}

function sources(b: Breakdowns, wan: WanDecimals): ChartSpec {
  return {
    kind: 'sources',
    title: CHART_TITLES.sources,
    type: 'bar',
    labels: b.bySource.map((s) => s.source),
    series: [
      {
        label: '全年预算数',
        draw: 'bar',
        values: b.bySource.map((s) => wanValue(s.annualBudgetFen)),
      },
      { label: '全年执行数', draw: 'bar', values: b.bySource.map((s) => wanValue(s.amountFen)) },
    ],
    unit: '万元',
    summary: b.bySource
      .map((s) => `${s.source}支出 ${formatWan(s.amountFen, wan)} 万元`)
      .join('；'),
    table: tableOf(subtotalTable('source', b)),
  };
}

function caseGroups(kind: 'units' | 'categories', b: Breakdowns): ChartSpec {
  const groups = kind === 'units' ? b.byUnit : b.byCategory;
  const rows = groups.filter((g) => g.cases > 0);
  return {
    kind,
    title: CHART_TITLES[kind],
    type: 'bar',
    horizontal: true,
    labels: rows.map((g) => g.key),
    series: [
      { label: '已化解', draw: 'bar', values: rows.map((g) => g.resolved), stack: 'cases' },
      {
        label: '未化解（含化解中）',
        draw: 'bar',
        values: rows.map((g) => g.cases - g.resolved),
        stack: 'cases',
      },
    ],
    unit: '件',
    summary: rows.map((g) => `${g.key} ${g.cases} 件`).join('，'),
    table: tableOf(subtotalTable(kind === 'units' ? 'unit' : 'category', b)),
  };
}

function status(b: Breakdowns): ChartSpec {
  const total = b.byStatus.reduce((s, r) => s + r.cases, 0);
  return {
    kind: 'status',
    title: CHART_TITLES.status,
    type: 'doughnut',
    labels: b.byStatus.map((s) => s.status),
    series: [{ label: '案件数', draw: 'bar', values: b.byStatus.map((s) => s.cases) }],
    unit: '件',
    summary: b.byStatus.map((s) => `${s.status} ${s.cases} 件`).join('，'),
    table: {
      columns: ['化解状态', '案件数', '占比'],
      numeric: [false, true, true],
      rows: b.byStatus.map((s) => [s.status, formatCount(s.cases), formatRatio(s.cases, total)]),
    },
  };
}

/** What a trend shows: a count (件, 人), a rate (0–1), an amount in 分, or a score. */
export type TrendValue = { kind: 'count'; unit: string } | { kind: 'rate' | 'money' | 'score' };

/**
 * trendChartSpec(name, value, points): one figure through the years, oldest first. Counts and
 * amounts are bars, rates and scores a line; years where the figure cannot be computed are left
 * out of the drawing and written as “—” in the table.
 */
export function trendChartSpec(name: string, value: TrendValue, points: TrendPoint[]): ChartSpec {
  const drawn = points.filter((p): p is { year: number; value: number } => p.value !== null);
  const unit =
    value.kind === 'count'
      ? value.unit
      : value.kind === 'rate'
        ? '%'
        : value.kind === 'money'
          ? '万元'
          : '分';
  const plot = (v: number) =>
    value.kind === 'rate' ? v * 100 : value.kind === 'money' ? wanValue(v) : v;
  const text = (v: number | null) => {
    if (v === null) return '—';
    switch (value.kind) {
      case 'count':
        return formatCount(v);
      case 'rate':
        return formatPercent(v);
      case 'money':
        return formatYuan(v);
      case 'score':
        return formatScore(v);
    }
  };
  const suffix = value.kind === 'money' ? ' 元' : value.kind === 'rate' ? '' : ` ${unit}`;
  const column = value.kind === 'money' ? `${name}（元）` : `${name}（${unit}）`;
  return {
    kind: 'trend',
    title: `${name}（历年）`,
    type: 'bar',
    labels: drawn.map((p) => `${p.year}年`),
    series: [
      {
        label: name,
        draw: value.kind === 'rate' || value.kind === 'score' ? 'line' : 'bar',
        values: drawn.map((p) => plot(p.value)),
      },
    ],
    unit,
    summary: points
      .map((p) => `${p.year}年 ${text(p.value)}${p.value === null ? '' : suffix}`)
      .join('，'),
    table: {
      columns: ['年度', column],
      numeric: [false, true],
      rows: points.map((p) => [`${p.year}年度`, text(p.value)]),
    },
  };
}
