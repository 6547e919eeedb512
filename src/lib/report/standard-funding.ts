/**
 * The 自评表's funding block in the standard form: always the four rows 年度资金总额,
 * 其中：当年财政拨款, 上年结转资金, 其他资金, in that order, whatever the bureau calls its
 * 资金来源 and in whatever order budget.csv lists them. Each source is put under one of the three
 * standard rows — by project.yaml's 资金来源对应 when it names the source, else by its name — and
 * the rows add up exactly (amounts in 分). The funding table of 四（二） keeps the sources as
 * written; the 自评表 notes which sources a row holds when they are not the row itself.
 */
import Fraction from 'fraction.js';
import type { FundingBlock } from '../model/report-schema.ts';

/** The standard rows under 年度资金总额. */
export const STANDARD_SOURCES = ['当年财政拨款', '上年结转资金', '其他资金'] as const;
export type StandardSource = (typeof STANDARD_SOURCES)[number];

/**
 * The standard row a source name falls under when project.yaml does not say: money carried over
 * (结转、结余) is 上年结转资金; the year's appropriation (本年/当年财政拨款, 区/县/市/省财政,
 * 本级财政, 财政拨款, 一般公共预算) is 当年财政拨款; anything else — 责任单位配套, 社会捐助,
 * 上级补助 … — is 其他资金.
 */
export function standardSourceOf(source: string): StandardSource {
  const name = source.replace(/\s+/g, '');
  if (/结转|结余/.test(name)) return '上年结转资金';
  if (
    /^(本年|当年|本年度|当年度)?(财政拨款|财政资金|财政预算拨款)$/.test(name) ||
    /^(本级|区|县|市|省|区级|县级|市级|省级|[\p{Script=Han}]{1,6}[区县市])财政(拨款|资金|预算)?$/u.test(
      name,
    ) ||
    /一般公共预算/.test(name)
  )
    return '当年财政拨款';
  return '其他资金';
}

export interface StandardFundingRow {
  /** `年度资金总额`, or a standard source. */
  label: '年度资金总额' | StandardSource;
  /** 年初预算数, 全年预算数, 全年执行数 in 分. */
  fen: [number, number, number];
  /** 全年执行数 ÷ 全年预算数, exact; null when there is no budget. */
  rate: Fraction | null;
  /** The bureau's sources this row holds, in budget.csv order (empty for the total). */
  sources: string[];
}

/**
 * The four rows of the standard funding block. `mapping` is project.yaml's 资金来源对应 (source
 * name → standard row); a source it does not name is placed by `standardSourceOf`.
 */
export function standardFundingRows(
  funding: FundingBlock,
  mapping: Readonly<Record<string, StandardSource>> = {},
): StandardFundingRow[] {
  const rows: StandardFundingRow[] = STANDARD_SOURCES.map((label) => ({
    label,
    fen: [0, 0, 0],
    rate: null,
    sources: [],
  }));
  for (const line of funding.lines) {
    const label = Object.hasOwn(mapping, line.source)
      ? (mapping[line.source] as StandardSource)
      : standardSourceOf(line.source);
    const row = rows[STANDARD_SOURCES.indexOf(label)];
    if (!row) continue;
    row.sources.push(line.source);
    row.fen = [
      row.fen[0] + line.initialBudget,
      row.fen[1] + line.annualBudget,
      row.fen[2] + line.executed,
    ];
  }
  const total: StandardFundingRow = {
    label: '年度资金总额',
    fen: [funding.total.initialBudget, funding.total.annualBudget, funding.total.executed],
    rate: null,
    sources: [],
  };
  return [total, ...rows].map((r) => ({
    ...r,
    rate: r.fen[1] === 0 ? null : new Fraction(r.fen[2], r.fen[1]),
  }));
}

/**
 * The note under the 自评表 naming the sources a standard row holds, where they are not the row
 * itself: `当年财政拨款：区财政；其他资金：责任单位配套、社会捐助`. Empty when there is nothing to say.
 */
export function standardSourcesNote(rows: readonly StandardFundingRow[]): string {
  return rows
    .filter((r) => r.sources.some((s) => s !== r.label))
    .map((r) => `${r.label}：${r.sources.join('、')}`)
    .join('；');
}
