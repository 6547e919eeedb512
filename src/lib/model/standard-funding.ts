/**
 * The 自评表's funding block in the standard form: always the rows 年度资金总额, 其中：当年财政拨款,
 * 上年结转资金, 其他资金, in that order, whatever the bureau calls its 资金来源 and in whatever
 * order budget.csv lists them, and — when budget.csv has a 其中：中央和省级补助 line — that part
 * of 当年财政拨款 under it. Each source is put under one standard row by budget.csv's 资金类别,
 * else by project.yaml's 资金来源对应, else by its name; the rows add up exactly (amounts in 分).
 */
import Fraction from 'fraction.js';
import type { Problem } from '../base/problems.ts';
import { ProblemSink } from '../base/problems.ts';
import { formatYuan } from '../base/money.ts';
import { quote } from '../privacy/echo.ts';
import type { BudgetLine, StandardSource } from '../schema/budget.ts';
import { CENTRAL, STANDARD_SOURCES } from '../schema/budget.ts';
import type { FundingLine, StandardRow } from './report-schema.ts';

export { STANDARD_SOURCES };
export type { StandardSource };

/**
 * The standard row a source name falls under when neither budget.csv nor project.yaml says:
 * money carried over (结转、结余) is 上年结转资金; the year's appropriation (本年/当年财政拨款,
 * 区/县/市/省财政, 本级财政, 财政拨款, 一般公共预算) is 当年财政拨款; anything else — 责任单位配套,
 * 社会捐助, 上级补助 … — is 其他资金.
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

/** Where one budget line goes: its standard row and, for a 其中 line, the line it is part of. */
export interface SourcePlace {
  row: StandardSource;
  /** Index (in budget.csv order) of the 本年财政拨款 line a 中央和省级补助 line is part of. */
  partOf?: number;
}

/**
 * placeSources(budget, mapping, file): the standard row of every budget line, and the located
 * problems of placing them: a 资金类别 that contradicts project.yaml's 资金来源对应, a
 * 其中：中央和省级补助 line with no 本年财政拨款 line above it, or larger than that line (its
 * budget figures; several such lines under one are added up).
 */
export function placeSources(
  budget: readonly BudgetLine[],
  mapping: Readonly<Record<string, StandardSource>> = {},
  file = 'budget.csv',
  headers: ReadonlyMap<string, string> = new Map(),
): { places: SourcePlace[]; problems: Problem[] } {
  const sink = new ProblemSink(file);
  const column = (field: string, name: string) => headers.get(field) ?? name;
  const places: SourcePlace[] = [];
  // Per 本年财政拨款 line, the 其中 lines under it so far and their 年初预算数, 全年预算数.
  const partSums = new Map<number, [number, number, number]>();
  for (const line of budget) {
    const mapped = Object.hasOwn(mapping, line.source) ? mapping[line.source] : undefined;
    const category = line.category;
    const row = category === CENTRAL ? '当年财政拨款' : (category ?? mapped);
    if (category !== undefined && mapped !== undefined && mapped !== row) {
      sink.error(
        `资金来源${quote(line.source)}的资金类别为“${category}”，但 project.yaml 的资金来源对应把它列为“${mapped}”；两处应一致（或删去 project.yaml 中的这一项）`,
        line.line,
        column('category', '资金类别'),
      );
    }
    if (category !== CENTRAL) {
      places.push({ row: row ?? standardSourceOf(line.source) });
      continue;
    }
    const parent = places.findLastIndex((p) => p.row === '当年财政拨款' && p.partOf === undefined);
    const whole = budget[parent];
    if (!whole) {
      sink.error(
        `“其中：${CENTRAL}”是本年财政拨款的一部分，应写在它所属的本年财政拨款那一行之下；本行之上没有资金类别（或名称）为本年财政拨款的资金来源`,
        line.line,
        column('category', '资金类别'),
      );
      places.push({ row: '当年财政拨款' });
      continue;
    }
    places.push({ row: '当年财政拨款', partOf: parent });
    const [count, initial, annual] = partSums.get(parent) ?? [0, 0, 0];
    const sums: [number, number, number] = [
      count + 1,
      initial + (line.initialBudget ?? 0),
      annual + line.annualBudget,
    ];
    partSums.set(parent, sums);
    const together = count > 0 ? '（与其上同属一行的其中数合计）' : '';
    const over = (field: string, label: string, part: number, of: number | undefined) => {
      if (of === undefined || part <= of) return;
      sink.error(
        `其中：${CENTRAL}${quote(line.source)}的${label}${together} ${formatYuan(part)} 元，大于它所属的本年财政拨款${quote(whole.source)}（第 ${whole.line} 行）的 ${formatYuan(of)} 元；其中数是本年财政拨款的一部分，不能大于它`,
        line.line,
        column(field, label),
      );
    };
    over('annualBudget', '全年预算数', sums[2], whole.annualBudget);
    if (line.initialBudget !== undefined)
      over('initialBudget', '年初预算数', sums[1], whole.initialBudget);
  }
  return { places, problems: sink.problems };
}

/**
 * linePayments(budget, places, spent): what each budget line paid out, in 分, from the payments
 * per 资金来源 (`spent`): its own, and a 本年财政拨款 line's also those of the 其中 lines that are
 * part of it.
 */
export function linePayments(
  budget: readonly Pick<BudgetLine, 'source'>[],
  places: readonly SourcePlace[],
  spent: ReadonlyMap<string, number>,
): number[] {
  const paid = budget.map((b) => spent.get(b.source) ?? 0);
  return paid.map((own, i) =>
    places.reduce((s, p, j) => (p.partOf === i ? s + (paid[j] ?? 0) : s), own),
  );
}

/**
 * The rows of the standard funding block from the funding lines (as fundingBlock() makes them,
 * a 其中 line's amounts already inside the line it is part of) and their places: 年度资金总额,
 * 当年财政拨款, 中央和省级补助 when some line is one, 上年结转资金, 其他资金.
 */
export function standardFundingRows(
  lines: readonly FundingLine[],
  places: readonly SourcePlace[],
  total: Omit<FundingLine, 'source' | 'partOf'>,
): StandardRow[] {
  const empty = (label: StandardRow['label']): StandardRow => ({
    label,
    initialBudget: 0,
    annualBudget: 0,
    executed: 0,
    executionRate: null,
    sources: [],
  });
  const rows = new Map<StandardRow['label'], StandardRow>(
    STANDARD_SOURCES.map((label) => [label, empty(label)]),
  );
  const central = empty(CENTRAL);
  for (const [i, line] of lines.entries()) {
    const place = places[i];
    if (!place) continue;
    const row = place.partOf === undefined ? rows.get(place.row) : central;
    if (!row) continue;
    row.sources.push(line.source);
    row.initialBudget += line.initialBudget;
    row.annualBudget += line.annualBudget;
    row.executed += line.executed;
  }
  const withRate = (r: StandardRow): StandardRow => ({
    ...r,
    executionRate: r.annualBudget === 0 ? null : new Fraction(r.executed, r.annualBudget).valueOf(),
  });
  const [current, ...rest] = STANDARD_SOURCES.map((label) => rows.get(label) ?? empty(label));
  return [
    withRate({ ...empty('年度资金总额'), ...total, sources: [] }),
    ...(current ? [current] : []),
    ...(central.sources.length > 0 ? [central] : []),
    ...rest,
  ].map(withRate);
}

/**
 * The note under the 自评表 naming the sources a standard row holds, where they are not the row
 * itself: `当年财政拨款：区财政；其他资金：责任单位配套、社会捐助`. Empty when there is nothing to say.
 */
export function standardSourcesNote(rows: readonly StandardRow[]): string {
  return rows
    .filter((r) => r.sources.some((s) => s !== r.label))
    .map((r) => `${r.label}：${r.sources.join('、')}`)
    .join('；');
}
