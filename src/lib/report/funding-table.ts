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
import { standardFundingRows, standardSourcesNote } from './standard-funding.ts';
import type { StandardSource } from './standard-funding.ts';

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
      label: `${i === 0 ? '其中：' : ''}${l.source}`,
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
 * The 自评表's funding lines in the standard form (see standard-funding.ts): 年度资金总额,
 * 其中：当年财政拨款, 上年结转资金, 其他资金 — always all four, a row without any source left
 * blank — and the note naming the sources a row holds.
 */
export function standardFundingTable(
  funding: FundingBlock,
  mapping: Readonly<Record<string, StandardSource>> = {},
): { decimals: WanDecimals; rows: FundingRowText[]; note: string } {
  const standard = standardFundingRows(funding, mapping);
  const decimals = funding.wanDecimals;
  const rows = standard.map((r, i): FundingRowText => {
    const total = i === 0;
    const empty = !total && r.sources.length === 0;
    const [a, b, c] = r.fen;
    return {
      label: i === 1 ? `其中：${r.label}` : r.label,
      amounts: empty
        ? ['', '', '']
        : [
            funding.noInitialBudget ? NONE : formatWan(a, decimals),
            formatWan(b, decimals),
            formatWan(c, decimals),
          ],
      exact: empty
        ? ['', '', '']
        : [
            funding.noInitialBudget ? NONE : `${formatYuan(a)}元`,
            `${formatYuan(b)}元`,
            `${formatYuan(c)}元`,
          ],
      rate: empty ? '' : formatPercent(r.rate),
      total,
    };
  });
  return { decimals, rows, note: standardSourcesNote(standard) };
}
