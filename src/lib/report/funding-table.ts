/**
 * The 资金情况 lines as a table shows them: 年度资金总额 first, then each 资金来源 (the first
 * marked 其中：), in 万元 at the project-year's decimals (funding.wanDecimals: as many as keep every
 * figure exact), so the lines always add up to the total on paper. Used by the funding table and
 * by the 自评表 alike, and the prose takes the same decimals.
 */
import type { FundingBlock } from '../model/report-schema.ts';
import { formatWan, formatYuan } from '../base/money.ts';
import type { WanDecimals } from '../base/money.ts';
import { formatPercent } from './format.ts';
import {
  standardFundingRows,
  standardSourceOf,
  standardSourcesNote,
} from '../model/standard-funding.ts';

/** The indent of a 其中 line under the line it is part of (ideographic spaces, kept in print and Word). */
const PART_INDENT = '\u3000\u3000';

/** A figure the data does not state (年初预算数 where budget.csv has none). */
const NONE = '—';

export interface FundingRowText {
  label: string;
  /** 年初预算数, 全年预算数, 全年执行数 in 万元. */
  amounts: [string, string, string];
  /** The same in 元, exact to the 分. */
  exact: [string, string, string];
  rate: string;
  total: boolean;
}

export function fundingTable(funding: FundingBlock): {
  decimals: WanDecimals;
  rows: FundingRowText[];
} {
  const lines = [
    { label: '年度资金总额', ...funding.total, total: true },
    ...funding.lines.map((l, i) => ({
      ...l,
      label:
        l.partOf === undefined
          ? `${i === 0 ? '其中：' : ''}${l.source}`
          : `${PART_INDENT}其中：${l.source}`,
      total: false,
    })),
  ];
  const fen = lines.map((l): [number, number, number] => [
    l.initialBudget,
    l.annualBudget,
    l.executed,
  ]);
  const decimals = funding.wanDecimals;
  const initial = (text: string) => (funding.noInitialBudget ? NONE : text);
  return {
    decimals,
    rows: lines.map((l, i) => {
      const [a, b, c] = fen[i] ?? [0, 0, 0];
      return {
        label: l.label,
        amounts: [initial(formatWan(a, decimals)), formatWan(b, decimals), formatWan(c, decimals)],
        exact: [initial(`${formatYuan(a)}元`), `${formatYuan(b)}元`, `${formatYuan(c)}元`],
        rate: formatPercent(l.executionRate),
        total: l.total,
      };
    }),
  };
}

/**
 * The 自评表's funding lines in the standard form (the model's funding.standard, see
 * model/standard-funding.ts): 年度资金总额, 其中：当年财政拨款, its 其中：中央和省级补助 when given,
 * 上年结转资金, 其他资金 — a row without any source left blank — and the note naming the sources a
 * row holds.
 */
export function standardFundingTable(funding: FundingBlock): {
  decimals: WanDecimals;
  rows: FundingRowText[];
  note: string;
} {
  // A report of an older build has no standard rows: its sources are placed by their names.
  const standard =
    funding.standard ??
    standardFundingRows(
      funding.lines,
      funding.lines.map((l) => ({ row: standardSourceOf(l.source) })),
      funding.total,
    );
  const decimals = funding.wanDecimals;
  const rows = standard.map((r, i): FundingRowText => {
    const total = i === 0;
    const empty = !total && r.sources.length === 0;
    const fen = [r.initialBudget, r.annualBudget, r.executed];
    const text = (format: (f: number) => string) =>
      empty
        ? (['', '', ''] as [string, string, string])
        : (fen.map((f, k) => (k === 0 && funding.noInitialBudget ? NONE : format(f))) as [
            string,
            string,
            string,
          ]);
    return {
      label:
        r.label === '中央和省级补助'
          ? `${PART_INDENT}其中：${r.label}`
          : i === 1
            ? `其中：${r.label}`
            : r.label,
      amounts: text((f) => formatWan(f, decimals)),
      exact: text((f) => `${formatYuan(f)}元`),
      rate: empty ? '' : formatPercent(r.executionRate),
      total,
    };
  });
  return { decimals, rows, note: standardSourcesNote(standard) };
}
