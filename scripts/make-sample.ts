/**
 * `npm run make-sample`: writes the bundled sample data of the fictional 示例区信访局 into
 * data/<年度>/<项目标识>/ and blank Excel templates into templates/. What each year should show
 * is in ./sample-plans.ts; this file turns it into records and files.
 *
 * Deterministic: one seeded PRNG per project-year drives every choice, so every run writes
 * byte-identical files. Before writing, every project-year is measured and scored with the
 * site's own model, and the figures of the two seed reports are checked exactly. A few files are
 * written the way real Excel exports look (GB18030, CRLF, BOM, mixed date forms, a 合计 row,
 * amounts in 万元) so that the sample exercises the reader.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type * as z from 'zod';
import { caseLinks } from '../src/lib/model/links.ts';
import { measureByName } from '../src/lib/model/measures.ts';
import { buildReport } from '../src/lib/model/report.ts';
import { findSensitive, isMaskedName } from '../src/lib/privacy/privacy.ts';
import { budgetLineSchema, fundingCategoryOf } from '../src/lib/schema/budget.ts';
import type { BudgetLine } from '../src/lib/schema/budget.ts';
import { caseRecordSchema } from '../src/lib/schema/cases.ts';
import type { CaseRecord } from '../src/lib/schema/cases.ts';
import { columnsOf, displayHeader } from '../src/lib/read/columns.ts';
import type { ColumnDef } from '../src/lib/read/columns.ts';
import { INDICATORS } from '../src/lib/dataset/specs.ts';
import { indicatorRowSchema } from '../src/lib/schema/indicators.ts';
import { paymentRecordSchema } from '../src/lib/schema/spending.ts';
import type { PaymentRecord } from '../src/lib/schema/spending.ts';
import type { BacklogPlan, Plan, ReliefPlan } from './sample-plans.ts';
import * as S from './sample-plans.ts';
import { makeRng } from './lib/rng.ts';
import type { Rng } from './lib/rng.ts';

// ------------------------------------------------------------------ randomness and dates

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sum = <T>(items: readonly T[], of: (item: T) => number): number =>
  items.reduce((total, item) => total + of(item), 0);

/** Offices pay and close cases on working days: a weekend or 1 January moves to the next one. */
function workday(day: number, year: number): number {
  const off = (d: number): boolean => [0, 6].includes((d + 4) % 7) || isoOf(d).endsWith('01-01');
  let d = day;
  while (off(d)) d++;
  // …but late in December it moves back instead, so it stays inside the budget year.
  if (d > dayOf(`${year}-12-31`)) for (d = day; off(d);) d--;
  return d;
}

/** A date as staff type it: 2023-03-05, 2023/3/5, 2023.3.5, 2023年3月5日 or 20230305. */
function typedDate(iso: string, rng: Rng): string {
  const [y, m, d] = iso.split('-').map(Number);
  const forms = [`${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, iso.replace(/-/g, '')];
  return rng.pick([iso, ...forms]);
}

function maskedName(rng: Rng): string {
  const surname = rng.pick(S.SURNAMES);
  // Courts write 罗某, reports 罗某厚: the sample has both.
  return rng.chance(0.75) ? `${surname}某${rng.pick(S.GIVEN)}` : `${surname}某`;
}

function pickCategory(rng: Rng): (typeof S.CATEGORIES)[number] {
  return rng.weighted(
    S.CATEGORIES,
    S.CATEGORIES.map((c) => c.weight),
  );
}

// ------------------------------------------------------------------ cases

/** Last case number used per registration year, shared by all ledgers so ids never collide. */
const lastCaseNo = new Map<number, number>();

function newBacklogCase(year: number, people: [string, string][], rng: Rng): CaseRecord {
  // Backlog is old: most cases were registered two to five years before the ledger year.
  const back = rng.weighted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [2, 5, 6, 5, 4, 3, 2, 1.5, 1, 1]);
  const regYear = Math.max(2015, year - back);
  // This year's cases are registered by September, leaving time to resolve them in the year.
  const last = regYear === year ? `${year}-09-30` : `${regYear}-12-31`;
  const registered = isoOf(rng.int(dayOf(`${regYear}-01-01`), dayOf(last)));
  // Gaps in the numbers: only some of a year's petitions become backlog cases.
  const no = (lastCaseNo.get(regYear) ?? 0) + rng.int(1, 6);
  lastCaseNo.set(regYear, no);
  // A few petitioners own more than one case.
  let person = people.length > 10 && rng.chance(0.04) ? rng.pick(people) : undefined;
  if (person === undefined) {
    person = [maskedName(rng), `P${year}-${pad(people.length + 1, 4)}`];
    people.push(person);
  }
  const category = pickCategory(rng);
  return {
    line: 0,
    caseId: `XF${regYear}-${pad(no, 4)}`,
    petitioner: person[0],
    petitionerId: person[1],
    unit: rng.chance(0.6) ? rng.pick(S.STREETS) : category.dept,
    category: category.name,
    leader: rng.chance(0.65) ? rng.pick(S.LEADERS) : undefined,
    registered,
    status: '未化解',
    settled: false,
    satisfaction: '未评价',
  };
}

/** The year's ledger: last year's open cases carried over, plus newly listed backlog. */
function backlogCases(plan: BacklogPlan, carried: readonly CaseRecord[], rng: Rng): CaseRecord[] {
  const [start, end] = [dayOf(`${plan.year}-01-01`), dayOf(`${plan.year}-12-31`)];
  const people: [string, string][] = [];
  const count = plan.resolved + plan.open - carried.length;
  const fresh = Array.from({ length: count }, () => newBacklogCase(plan.year, people, rng));
  const old = rng.shuffle(carried.map((c) => ({ ...c })));
  const newlyResolved = rng.shuffle(fresh).slice(0, plan.resolved - plan.carriedResolved);
  const resolved = new Set([...old.slice(0, plan.carriedResolved), ...newlyResolved]);
  const all = [...old, ...fresh];
  for (const c of all) {
    if (resolved.has(c)) {
      c.status = '已化解';
      const closed = rng.int(Math.max(start, dayOf(c.registered) + 10), end);
      c.closed = isoOf(workday(closed, plan.year));
    } else c.status = rng.chance(0.7) ? '化解中' : '未化解';
    const notes = resolved.has(c) ? S.DONE_NOTES : S.OPEN_NOTES;
    c.note = rng.chance(0.12) ? rng.pick(notes) : undefined;
  }
  const unsettled = new Set(rng.shuffle([...resolved]).slice(0, plan.unsettled));
  for (const c of all) c.settled = resolved.has(c) && !unsettled.has(c);
  // Exact counts keep the rates on target; the bias puts discontent where it is plausible.
  const rank = (items: CaseRecord[], favoured: (c: CaseRecord) => boolean): CaseRecord[] =>
    items
      .map((c) => ({ c, key: rng.next() - (favoured(c) ? 0.5 : 0) }))
      .sort((a, b) => a.key - b.key)
      .map((e) => e.c);
  const unhappy = new Set(rank(all, (c) => !c.settled).slice(0, plan.unhappy));
  const rest = all.filter((c) => !unhappy.has(c));
  const unrated = new Set(rank(rest, (c) => !resolved.has(c)).slice(0, plan.unrated));
  for (const c of all) {
    const pleased = rng.chance(0.68) ? '满意' : '基本满意';
    c.satisfaction = unhappy.has(c) ? '不满意' : unrated.has(c) ? '未评价' : pleased;
  }
  return all.sort((a, b) => byText(a.registered, b.registered) || byText(a.caseId, b.caseId));
}

/** Relief cases: registered and closed within the year, every one settled. */
function reliefCases(plan: ReliefPlan, rng: Rng): CaseRecord[] {
  const people = Array.from({ length: plan.people }, (_, i) => [maskedName(rng), String(i)]);
  const cases = Array.from({ length: plan.cases }, (_, i): CaseRecord => {
    const [petitioner = '', petitionerId] = people[i] ?? rng.pick(people);
    const registered = rng.int(dayOf(plan.firstDay), dayOf(`${plan.year}-09-15`));
    const days = i < plan.late ? rng.int(92, 105) : rng.int(12, 85);
    const category = pickCategory(rng);
    return {
      line: 0,
      caseId: '',
      petitioner,
      petitionerId,
      unit: rng.chance(0.8) ? rng.pick(S.STREETS) : category.dept,
      category: category.name,
      registered: isoOf(registered),
      closed: isoOf(workday(registered + days, plan.year)),
      status: '已化解',
      settled: true,
      satisfaction: rng.chance(0.8) ? '满意' : '基本满意',
      note: rng.chance(0.2) ? rng.pick(S.RELIEF_NOTES) : undefined,
    };
  });
  cases.sort((a, b) => byText(a.registered, b.registered));
  // Cases and people are numbered in the order they came in, as the intake clerk would.
  const ids = new Map<string | undefined, string>();
  for (const [i, c] of cases.entries()) {
    c.caseId = `JZ${plan.year}-${pad(i + 1, 3)}`;
    if (!ids.has(c.petitionerId)) ids.set(c.petitionerId, `P${plan.year}-J${pad(ids.size + 1, 3)}`);
    c.petitionerId = ids.get(c.petitionerId);
  }
  return cases;
}

// ------------------------------------------------------------------ payments

interface Draft {
  caseId: string;
  source: string;
  day: number;
  purpose: string;
  /** Drafted amount in 分, before the source's total is fitted. */
  raw: number;
  /** Rounding step in 分: most awards are round hundreds, some exact to the 元 or 分. */
  step: number;
  cents: number;
  amount: number;
}

function draft(c: CaseRecord, day: number, yuan: number, purpose: string, step: number): Draft {
  return { caseId: c.caseId, source: '', day, purpose, raw: yuan * 100, step, cents: 0, amount: 0 };
}

/** Scales one source's drafted amounts so that they add up to its planned total exactly. */
function fitToTotal(drafts: readonly Draft[], total: number): void {
  const raw = sum(drafts, (d) => d.raw);
  check(raw > 0, `no payment drafted for a planned ${total} 分`);
  for (const d of drafts) {
    d.amount = Math.max(d.step, Math.round((d.raw * total) / raw / d.step) * d.step) + d.cents;
  }
  const largest = drafts.reduce((a, b) => (b.amount > a.amount ? b : a));
  largest.amount += total - sum(drafts, (d) => d.amount);
}

/** Fits every source, adds the corrections and numbers the payments in date order. */
function finish(drafts: Draft[], plan: Plan, rng: Rng, approval: (d: Draft, i: number) => string) {
  for (const [source, , , spent] of plan.budget) {
    fitToTotal(
      drafts.filter((d) => d.source === source),
      spent,
    );
  }
  // A few payments went out with a wrong amount, were reversed (冲减) and paid again correctly.
  const latest = dayOf(`${plan.year}-10-31`);
  const early = rng.shuffle(drafts.filter((x) => x.day <= latest));
  const oncePerCase = early.filter((d, i) => early.findIndex((x) => x.caseId === d.caseId) === i);
  for (const d of oncePerCase.slice(0, plan.corrections)) {
    const wrong = d.amount + rng.pick([100_000, 500_000, 1_000_000]);
    const reversal = { amount: -wrong, day: d.day + rng.int(5, 20), purpose: '冲减（金额有误）' };
    drafts.push({ ...d, amount: wrong }, { ...d, ...reversal });
    d.day += rng.int(25, 45);
  }
  drafts.sort((a, b) => a.day - b.day);
  return drafts.map((draft, i): PaymentRecord => {
    const d = { ...draft, day: workday(draft.day, plan.year) };
    const { caseId, source, amount, purpose } = d;
    const paymentId = `BF${plan.year}-${pad(i + 1, 4)}`;
    return {
      line: 0,
      paymentId,
      date: isoOf(d.day),
      caseId: caseId === '' ? undefined : caseId,
      source,
      amount,
      purpose,
      approval: approval(d, i),
    };
  });
}

/** A working fund's payments: no case, each 用途 a few times in the year, fitted per source. */
function fundsPayments(plan: S.FundsPlan, rng: Rng) {
  const [start, end] = [dayOf(`${plan.year}-01-05`), dayOf(`${plan.year}-12-20`)];
  const drafts: Draft[] = [];
  for (const [purpose, count, low, high] of plan.purposes) {
    for (let i = 0; i < count; i++) {
      const raw = rng.int(low, high) * 100;
      drafts.push({
        caseId: '',
        source: '',
        day: rng.int(start, end),
        purpose,
        raw,
        step: 100,
        cents: 0,
        amount: 0,
      });
    }
  }
  // Last year's carry-over is spent first, on the earliest payments.
  drafts.sort((a, b) => a.day - b.day);
  const carried = plan.budget.find((b) => b[0] === '上年结转资金')?.[3] ?? 0;
  let done = 0;
  for (const d of drafts) {
    d.source = done < carried * 0.8 ? '上年结转资金' : '本年财政拨款';
    if (d.source === '上年结转资金') done += d.raw;
  }
  return finish(drafts, plan, rng, (_, i) => `示信经〔${plan.year}〕${i + 1}号`);
}

function backlogPayments(plan: BacklogPlan, cases: readonly CaseRecord[], rng: Rng) {
  const [start, end] = [dayOf(`${plan.year}-01-01`), dayOf(`${plan.year}-12-31`)];
  const drafts: Draft[] = [];
  for (const c of cases) {
    const purposes = S.CATEGORIES.find((k) => k.name === c.category)?.purposes ?? ['困难救助'];
    const purpose = rng.pick(purposes);
    if (c.closed === undefined) {
      // Some families get hardship support while their case is still being worked on.
      const yuan = rng.int(30, 120) * 100;
      const day = rng.int(Math.max(start, dayOf(c.registered)), end);
      const support = draft(c, day, yuan, '生活补助', 10_000);
      if (rng.chance(0.3)) drafts.push({ ...support, source: '本年财政拨款' });
      continue;
    }
    const award = 6000 * 20 ** rng.next(); // log-uniform 6千–12万元: most awards small, a few large
    // Only larger awards are paid in parts, so that no part is trivially small.
    const parts = award < 12_000 ? 1 : rng.weighted([1, 2, 3], [35, 45, award < 40_000 ? 0 : 20]);
    const f = 0.65 + 0.2 * rng.next();
    const shares = parts === 1 ? [1] : parts === 2 ? [f, 1 - f] : [f * 0.6, f * 0.4, 1 - f];
    let day = rng.int(Math.max(start, dayOf(c.registered)), dayOf(c.closed));
    for (const [i, share] of shares.entries()) {
      // The unit's share comes out of its own budget and is paid last.
      const unitPays = (i > 0 && i === parts - 1) || (parts === 1 && rng.chance(0.12));
      const d = draft(c, day, award * share, purpose, rng.weighted([10_000, 100], [7, 3]));
      if (d.step === 100 && rng.chance(0.15)) d.cents = rng.pick([20, 35, 50, 60, 80]);
      drafts.push({ ...d, source: unitPays ? '责任单位配套' : '本年财政拨款' });
      day = Math.min(end, day + rng.int(7, 60));
    }
  }
  // The joint meeting sits twice a month; the number of its minute is the approval.
  const meeting = (iso: string): number =>
    Number(iso.slice(5, 7)) * 2 - (iso.slice(8) > '15' ? 0 : 1);
  return finish(drafts, plan, rng, (d) => `示信联办〔${plan.year}〕${meeting(isoOf(d.day))}号`);
}

function reliefPayments(plan: ReliefPlan, cases: readonly CaseRecord[], rng: Rng) {
  // Relief is granted in steps of 500 元, on or just before the day the case is closed.
  const drafts: Draft[] = [];
  for (const c of cases) {
    const closed = dayOf(c.closed ?? c.registered);
    const yuan = rng.pick([5000, 8000, 10000, 12000, 15000, 20000, 25000, 30000]);
    const purpose = rng.pick(['困难救助', '生活补助']);
    drafts.push(draft(c, rng.int(closed - 10, closed), yuan, purpose, 50_000));
    if (rng.chance(0.15)) drafts.push(draft(c, closed + rng.int(5, 20), 5000, '医疗救助', 50_000));
  }
  // Last year's carry-over is spent first: sources are assigned in date order by planned share.
  drafts.sort((a, b) => a.day - b.day);
  const [raw, planned] = [sum(drafts, (d) => d.raw), sum(plan.budget, (b) => b[3])];
  let [done, line] = [0, 0];
  for (const d of drafts) {
    const upTo = sum(plan.budget.slice(0, line + 1), (b) => b[3]) / planned;
    if (done >= upTo * raw && line < plan.budget.length - 1) line++;
    d.source = plan.budget[line]?.[0] ?? '';
    done += d.raw;
  }
  return finish(drafts, plan, rng, (_, i) => `示信救〔${plan.year}〕${i + 1}号`);
}

function budgetLines(plan: Plan, payments: readonly PaymentRecord[]): BudgetLine[] {
  const { part } = plan;
  const paid = (source: string) => sum(payments, (p) => (p.source === source ? p.amount : 0));
  const fen = (wan: number) => Math.round(wan * 1e6);
  const written = (source: string) => plan.categories?.[source];
  const category = (source: string) => {
    const text = written(source);
    return text === undefined ? undefined : fundingCategoryOf(text);
  };
  return plan.budget.flatMap(([source, initial, annual, spent]) => {
    // A whole line's 全年执行数 holds the payments of its 其中 line too.
    const executed = paid(source) + (part?.of === source ? paid(part.source) : 0);
    check(executed === spent, `${plan.year} ${source}: paid ${executed} 分, planned ${spent}`);
    const line = {
      line: 0,
      source,
      category: category(source),
      initialBudget: fen(initial),
      annualBudget: fen(annual),
      executed,
    } as BudgetLine;
    if (part?.of !== source) return [line];
    const partLine = {
      line: 0,
      source: part.source,
      category: category(part.source),
      initialBudget: fen(part.initial),
      annualBudget: fen(part.annual),
      executed: paid(part.source),
    } as BudgetLine;
    return [line, partLine];
  });
}

/** budget.csv in 万元, its 资金类别 as the plan writes them; without that column when it has none. */
function budgetRows(plan: Plan, budget: readonly BudgetLine[]): string[][] {
  const { categories } = plan;
  if (!categories) return toRows(budgetLineSchema, budget, { ...IN_WAN, omit: ['category'] });
  const rows = toRows(budgetLineSchema, budget, IN_WAN);
  const at = rows[0]?.indexOf('资金类别') ?? -1;
  return rows.map((row, i) =>
    i === 0 ? row : row.map((cell, k) => (k === at ? (categories[row[0] ?? ''] ?? '') : cell)),
  );
}

/**
 * The payments with some positive ones of `part.of` — exactly the part's 全年预算数, the earliest
 * that can make it — naming the part instead (no draw of the generator, so nothing else in the
 * sample moves).
 */
function splitPart(plan: Plan, payments: PaymentRecord[]): PaymentRecord[] {
  const { part } = plan;
  if (!part) return payments;
  const target = Math.round(part.annual * 1e6);
  const candidates = payments.flatMap((p, i) => (p.source === part.of && p.amount > 0 ? [i] : []));
  // Subset sum over whole 分: reach[s] is the candidate that first made s, latest candidates last,
  // so walking back from the target prefers the earliest payments.
  const reach = new Int32Array(target + 1).fill(-1);
  reach[0] = candidates.length;
  for (const [k, i] of candidates.entries()) {
    const amount = payments[i]?.amount ?? 0;
    for (let s = target; s >= amount; s--) {
      if (reach[s] === -1 && reach[s - amount] !== -1 && reach[s - amount] !== k) reach[s] = k;
    }
  }
  check(reach[target] !== -1, `${plan.year} ${part.source}: no payments add up to ${target} 分`);
  const chosen = new Set<number>();
  for (let s = target; s > 0;) {
    const i = candidates[reach[s] ?? -1] ?? -1;
    chosen.add(i);
    s -= payments[i]?.amount ?? s;
  }
  return payments.map((p, i) => (chosen.has(i) ? { ...p, source: part.source } : p));
}

// ------------------------------------------------------------------ CSV output

function yuanText(fen: number, grouped = false): string {
  const whole = String(Math.floor(Math.abs(fen) / 100));
  const text = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${fen < 0 ? '-' : ''}${text}.${pad(Math.abs(fen) % 100, 2)}`;
}

/** 分 → 万元, exact: six decimals always suffice; at least two are shown. */
function wanText(fen: number): string {
  const decimals = pad(Math.abs(fen) % 1e6, 6).replace(/0+$/, '');
  return `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 1e6)}.${decimals.padEnd(2, '0')}`;
}

interface Format {
  header?: (def: ColumnDef) => string;
  money?: (fen: number) => string;
  date?: (iso: string) => string;
  flag?: (value: boolean) => string;
  omit?: readonly string[];
}
const wanHeader = (d: ColumnDef): string => (d.cell === 'money' ? `${d.header}(万元)` : d.header);
const IN_WAN: Format = { header: wanHeader, money: wanText };

/** Records → header row and data rows, in the contract's column order. */
const NO_STATUS: Format = { omit: ['status'] };

function toRows(schema: z.ZodObject, records: readonly object[], fmt: Format = {}): string[][] {
  const defs = columnsOf(schema).filter((d) => !fmt.omit?.includes(d.field));
  const cell = (def: ColumnDef, value: unknown): string => {
    if (value === undefined) return '';
    if (def.cell === 'money') return (fmt.money ?? yuanText)(value as number);
    if (def.cell === 'date') return fmt.date ? fmt.date(String(value)) : String(value);
    if (def.cell === 'flag') return fmt.flag ? fmt.flag(value === true) : value ? '是' : '否';
    return String(value);
  };
  const row = (r: object): string[] =>
    defs.map((d) => cell(d, (r as Record<string, unknown>)[d.field]));
  return [defs.map(fmt.header ?? displayHeader), ...records.map(row)];
}

interface OutFile {
  path: string;
  rows: string[][];
  bom?: boolean;
  crlf?: boolean;
  gb18030?: boolean;
}

function writeCsv(file: OutFile): void {
  const newline = file.crlf ? '\r\n' : '\n';
  const text = Papa.unparse(file.rows, { newline }) + newline;
  const utf8 = Buffer.from(`${file.bom ? '\uFEFF' : ''}${text}`);
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.gb18030 ? iconv.encode(text, 'gb18030') : utf8);
}

/**
 * The 2024 ledger as a clerk keeps it in Excel: a 序号 column the site does not use (reported
 * once as an extra column), mixed date forms, √ for 是, quoted notes.
 */
function messyCases(cases: readonly CaseRecord[], rng: Rng): Omit<OutFile, 'path'> {
  const resolved = cases.flatMap((c, i) => (c.status === '已化解' ? [i] : []));
  const slots = rng.shuffle(resolved).slice(0, S.AWKWARD_NOTES.length);
  const records = cases.map((c, i) => {
    const satisfaction = c.satisfaction === '未评价' ? undefined : c.satisfaction;
    return { ...c, note: S.AWKWARD_NOTES[slots.indexOf(i)] ?? c.note, satisfaction };
  });
  const date = (iso: string): string => typedDate(iso, rng);
  const flag = (v: boolean): string => (v ? rng.pick(['是', '是', '√']) : rng.pick(['否', '']));
  const rows = toRows(caseRecordSchema, records, { date, flag }).map((row, i) => [
    i === 0 ? '序号' : String(i),
    ...row,
  ]);
  return { rows, bom: true, crlf: true };
}

/** The 2024 payments as Excel's “CSV (逗号分隔)” saves them: GB18030, blank rows, a 合计 row. */
function messySpending(payments: readonly PaymentRecord[]): Omit<OutFile, 'path'> {
  const header = (d: ColumnDef): string => (d.cell === 'money' ? `${d.header}（元）` : d.header);
  const rows = toRows(paymentRecordSchema, payments, { header, money: (f) => yuanText(f, true) });
  const total = sum(payments, (p) => p.amount);
  const names = rows[0] ?? [];
  rows.splice(Math.floor(rows.length / 3), 0, []);
  rows.splice(Math.floor((rows.length * 2) / 3), 0, Array<string>(names.length).fill(''));
  rows.push(
    names.map((h, i) => (i === 0 ? '合计' : h.startsWith('金额') ? yuanText(total, true) : '')),
  );
  return { rows, gb18030: true, crlf: true };
}

// ------------------------------------------------------------------ checks and main

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`make-sample: ${what}`);
}

type Special = Partial<Record<'cases' | 'spending', Omit<OutFile, 'path'>>> & {
  /** The project-year has no case ledger: no cases.csv is written. */
  noCases?: boolean;
};

/**
 * Scores a project-year with the site's own model (so a shortfall without 偏差原因 or a unit
 * that does not fit its measure stops here), checks the seed figures, prints the key figures,
 * and returns its four files.
 */
function projectYear(
  slug: string,
  plan: Plan,
  cases: CaseRecord[],
  payments: PaymentRecord[],
  special: Special = {},
): OutFile[] {
  const dir = `data/${plan.year}/${slug}`;
  const budget = budgetLines(plan, payments);
  const defs = columnsOf(indicatorRowSchema);
  const rows = Papa.parse<string[]>(plan.indicators.trim(), { delimiter: ',' }).data;
  const fields = rows.map((row) =>
    Object.fromEntries(defs.map((d, i) => [d.field, row[i] || undefined])),
  );
  const indicators = fields.map((f, i) => INDICATORS.record.parse({ ...f, line: i + 2 }));
  check(
    sum(indicators, (i) => Number(i.points)) === 90,
    `${dir}: indicator points must add up to 90`,
  );
  const { report, problems } = buildReport({
    year: plan.year,
    slug,
    name: slug,
    dir,
    cases,
    payments,
    links: caseLinks(cases, payments),
    budget,
    indicators,
    hasCases: special.noCases !== true,
  });
  check(problems.length === 0, `${dir}: ${problems.map((p) => p.message).join('; ')}`);
  for (const [name, yuan] of Object.entries(S.SEED_FIGURES[dir] ?? {})) {
    // The model holds money in 分; the seed figures are written in 元.
    const want = measureByName(name)?.kind === 'money' ? yuan * 100 : yuan;
    check(
      report.measures[name] === want,
      `${dir}: ${name} is ${report.measures[name]}, not ${want}`,
    );
  }
  for (const c of cases) check(isMaskedName(c.petitioner), `${dir}: ${c.caseId} is not masked`);

  const m = report.measures;
  const missed = report.indicators.filter((i) => !i.met).map((i) => i.name);
  console.log(
    `${dir}: ` +
      (special.noCases ? '无台账；' : '') +
      `积案 ${m['积案总数'] ?? '—'} 件，已化解 ${m['已化解件数'] ?? '—'} 件，救助 ${m['救助人数'] ?? '—'} 人；` +
      `支出 ${yuanText(
        sum(payments, (p) => p.amount),
        true,
      )} 元，全年预算 ${wanText(report.funding.total.annualBudget)} 万元；` +
      `得分 ${report.totalScore}（${report.grade}），未达标：${missed.join('、') || '无'}`,
  );
  // The relief fund has no 包案领导: leaving that optional column out exercises the reader too.
  const omit = slug === 'xinfang-jiuzhu' ? ['leader'] : [];
  const plain = {
    cases: { rows: toRows(caseRecordSchema, cases, { omit }) },
    spending: { rows: toRows(paymentRecordSchema, payments) },
  };
  return [
    { path: `${dir}/budget.csv`, rows: budgetRows(plan, budget) },
    ...(special.noCases ? [] : [{ path: `${dir}/cases.csv`, ...(special.cases ?? plain.cases) }]),
    { path: `${dir}/spending.csv`, ...(special.spending ?? plain.spending) },
    // 指标状态 is for tables that mark indicators 不适用; the sample has none.
    { path: `${dir}/indicators.csv`, rows: toRows(indicatorRowSchema, fields, NO_STATUS) },
  ];
}

function main(): void {
  const out: OutFile[] = [];
  let carried: CaseRecord[] = [];
  for (const plan of S.BACKLOG_PLANS) {
    const rng = makeRng(plan.year * 10 + 1);
    const cases = backlogCases(plan, carried, rng);
    const payments = backlogPayments(plan, cases, rng);
    carried = cases.filter((c) => c.status !== '已化解');
    // 2024 is written as Excel leaves it: GB18030 payments, a clerk's ledger with BOM.
    const special: Special = {};
    if (plan.year === 2024) {
      special.cases = messyCases(cases, rng);
      special.spending = messySpending(payments);
    }
    out.push(...projectYear('jiean-huajie', plan, cases, payments, special));
  }
  for (const plan of S.RELIEF_PLANS) {
    const rng = makeRng(plan.year * 10 + 2);
    const cases = reliefCases(plan, rng);
    const payments = splitPart(plan, reliefPayments(plan, cases, rng));
    // 2024 states amounts in 万元 (1.85 is 18,500 元), which the reader converts exactly.
    const inWan = { spending: { rows: toRows(paymentRecordSchema, payments, IN_WAN) } };
    out.push(
      ...projectYear('xinfang-jiuzhu', plan, cases, payments, plan.year === 2024 ? inWan : {}),
    );
  }
  for (const plan of S.FUNDS_PLANS) {
    const rng = makeRng(plan.year * 10 + 3);
    const payments = fundsPayments(plan, rng);
    out.push(...projectYear('xinfang-jingfei', plan, [], payments, { noCases: true }));
  }
  // Blank templates for Excel: UTF-8 with BOM and CRLF, the contract's canonical headers.
  const templates = {
    budget: budgetLineSchema,
    cases: caseRecordSchema,
    spending: paymentRecordSchema,
    indicators: indicatorRowSchema,
  };
  for (const [name, schema] of Object.entries(templates)) {
    const rows = toRows(
      schema,
      [],
      name === 'budget' ? IN_WAN : name === 'indicators' ? NO_STATUS : {},
    );
    out.push({ path: `templates/${name}.csv`, rows, bom: true, crlf: true });
  }
  // The build refuses ID-card and mobile numbers anywhere: never ship a sample it would refuse.
  for (const f of out) {
    const bad = f.rows.some((row) => row.some((cell) => findSensitive(cell) !== undefined));
    check(!bad, `${f.path}: a cell looks like an ID-card or mobile number`);
  }
  for (const f of out) writeCsv(f);
  console.log(`写入 ${out.length} 个文件。`);
}

main();
