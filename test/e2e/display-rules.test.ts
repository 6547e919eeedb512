/**
 * Every page of the built sample holds its figures to the display rules of docs/diff.md (数字的显示
 * 规则): each figure a narrative component or the verdict writes (`span.figure`) has the one
 * form its kind takes in prose — money in 万元 at the decimals its project-year's report.json
 * gives (funding.wanDecimals; a unit report's /<年度>/report.json wanDecimals) — shows one text for
 * one figure wherever it stands on the page, equals the value in report.json formatted by that
 * rule, and is, figure for figure, what the funding table on the same page shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../src/lib/model/measures.ts';
import type { MeasureKind } from '../../src/lib/model/measures.ts';
import type { Report } from '../../src/lib/model/report-schema.ts';
import { measureText } from '../../src/lib/report/figures.ts';
import { htmlPages, readReport, siteDir, siteFiles } from './helpers.ts';

/** An amount in 万元 at `decimals` (a project-year's table precision); 元 is always to the 分. */
function moneyForm(decimals: number): RegExp {
  return new RegExp(`^-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{${decimals}}万元|\\.\\d{2}元)$`);
}

/** The prose form of each kind of figure but money (see moneyForm). */
const FORM: Record<Exclude<MeasureKind, 'money'> | 'score' | 'grade', RegExp> = {
  rate: /^-?\d+\.\d{2}%$/,
  count: /^\d{1,3}(?:,\d{3})*[件人个]$/,
  // The verdict writes the number and puts 分 after its tag; components write 97.91分.
  score: /^\d+\.\d{2}分?$/,
  grade: /^[优良中差]$/,
};

const MEASURE_KIND = new Map<string, MeasureKind>(MEASURES.map((m) => [m.name, m.kind]));

/** The kind of a `data-figure` name; undefined for indicator fields, whose form is their unit's. */
function kindOf(name: string): MeasureKind | 'score' | 'grade' | undefined {
  const measure = MEASURE_KIND.get(name);
  if (measure) return measure;
  if (name === '总分' || name === '预算执行得分') return 'score';
  if (name === '等级') return 'grade';
  // A unit report's figures (<Unit name="…" />).
  if (name === '项目个数' || name === '优等级项目个数') return 'count';
  if (name === '资金总额' || name === '执行总额') return 'money';
  if (name === '执行率') return 'rate';
  if (name.startsWith('占比:')) return 'rate';
  if (/^(?:年初预算数|全年预算数|全年执行数)(?::|$)/.test(name)) return 'money';
  if (name.startsWith('指标:')) return undefined;
  throw new Error(`不认识的数字种类：${name}（请在显示规则测试中归类）`);
}

interface Figure {
  page: string;
  name: string;
  text: string;
}

/** The report.json of a page's project-year, or undefined for a page of no project-year. */
function pageReport(page: string): Report | undefined {
  const at = /^(\d{4})\/([^/]+)\//.exec(page);
  if (!at || at[2] === 'print') return undefined;
  return readReport(Number(at[1]), at[2] ?? '');
}

/**
 * The 万元 decimals money takes on a page: its project-year's report.json funding.wanDecimals, a
 * unit report page's /<年度>/report.json wanDecimals; undefined for a page of neither.
 */
function pageDecimals(page: string): number | undefined {
  const report = pageReport(page);
  if (report) return report.funding.wanDecimals;
  const unit = /^(\d{4})\/(?:print\/)?index\.html$/.exec(page);
  if (!unit) return undefined;
  const json = JSON.parse(readFileSync(join(siteDir(), unit[1] ?? '', 'report.json'), 'utf8'));
  return (json as { wanDecimals: number }).wanDecimals;
}

function figuresOf(page: string): Figure[] {
  const root = parse(readFileSync(join(siteDir(), page), 'utf8'));
  // Prose: what the narrative components and the verdict write (a ledger's total row is a table).
  return root
    .querySelectorAll('span.figure[data-figure], [data-verdict] [data-figure]')
    .map((el) => ({
      page,
      name: el.getAttribute('data-figure') ?? '',
      text: el.textContent.trim(),
    }));
}

/** `57.15万元` / `57.15 万元` / `57.15` → `57.15`. */
const digits = (text: string) => text.replace(/\s*万元$/, '').trim();

/**
 * The amounts of a page's funding table (the layout's, first on the page) by what they are:
 * `全年预算数` / `全年执行数` of the total, `全年预算数:<资金来源>` of a line.
 */
function tableAmounts(root: HTMLElement): Map<string, string> {
  const out = new Map<string, string>();
  const table = root.querySelector('table.funding-table');
  for (const tr of table?.querySelectorAll('tbody tr') ?? []) {
    const label = (tr.querySelector('th')?.textContent ?? '').trim().replace(/^其中：/, '');
    const cells = tr.querySelectorAll('td').map((td) => td.textContent.trim());
    const of = label === '年度资金总额' ? '' : `:${label}`;
    out.set(`全年预算数${of}`, cells[1] ?? '');
    out.set(`全年执行数${of}`, cells[2] ?? '');
  }
  return out;
}

/**
 * Money the prose of a project-year page states, by the funding-table amount it is: the
 * narrative's figures, the 项目概况 sentence, the charts' summaries and the 实际完成值 of an
 * indicator in 万元 bound to 资金支出总额.
 */
function proseAmounts(root: HTMLElement, report: Report): [string, string][] {
  const out: [string, string][] = [];
  for (const el of root.querySelectorAll('span.figure[data-figure]')) {
    const name = el.getAttribute('data-figure') ?? '';
    const text = el.textContent.trim();
    if (!text.endsWith('万元')) continue;
    if (/^(?:全年预算数|全年执行数)(?::|$)/.test(name)) out.push([name, text]);
    if (name === '资金支出总额') out.push(['全年执行数', text]);
  }
  const facts = root.querySelectorAll('dl.facts dt').find((dt) => dt.textContent === '年度预算');
  const sentence = facts?.nextElementSibling?.textContent ?? '';
  if (sentence) {
    const budget = /全年预算数([\d,.]+万元)/.exec(sentence);
    const spent = /全年支出([\d,.]+万元)/.exec(sentence);
    if (budget?.[1]) out.push(['全年预算数', budget[1]]);
    if (spent?.[1]) out.push(['全年执行数', spent[1]]);
    for (const l of report.funding.lines) {
      const m = new RegExp(`其中.*?${l.source}([\\d,.]+万元)`).exec(sentence);
      if (m?.[1]) out.push([`全年预算数:${l.source}`, m[1]]);
    }
  }
  for (const svg of root.querySelectorAll('svg[role="img"]')) {
    const label = svg.getAttribute('aria-label') ?? '';
    const paid = /全年累计拨付 ([\d,.]+) 万元，全年预算数 ([\d,.]+) 万元/.exec(label);
    if (paid?.[1] && paid[2]) out.push(['全年执行数', paid[1]], ['全年预算数', paid[2]]);
    for (const l of report.funding.lines) {
      const m = new RegExp(`${l.source}支出 ([\\d,.]+) 万元`).exec(label);
      if (m?.[1]) out.push([`全年执行数:${l.source}`, m[1]]);
    }
  }
  for (const ind of report.indicators) {
    if (ind.unit !== '万元' || ind.measure !== '资金支出总额') continue;
    for (const tr of root.querySelectorAll(`tr[data-indicator="${ind.name}"]`)) {
      const cell = tr
        .querySelectorAll('td')
        .find((td) => /^[\d,.]+万元$/.test(td.textContent.trim()));
      if (cell) out.push(['全年执行数', cell.textContent.trim()]);
    }
  }
  return out;
}

describe('every page of the sample, against the display rules', () => {
  const figures = htmlPages().flatMap(figuresOf);

  it('finds figures on the report and print pages of every project-year', () => {
    const pages = new Set(figures.map((f) => f.page));
    expect(figures.length).toBeGreaterThan(100);
    expect([...pages].some((p) => p.includes('/print/'))).toBe(true);
    expect(
      [...pages].filter((p) => /^\d{4}\/[^/]+\/index\.html$/.test(p) && !p.includes('/print/'))
        .length,
    ).toBe(
      siteFiles().filter((p) => p.endsWith('/report.json') && p.split('/').length === 3).length,
    );
    // The unit report of 2024 and its print page, by their <Unit> figures.
    expect([...pages].filter((p) => /^\d{4}\/(?:print\/)?index\.html$/.test(p))).toEqual([
      '2024/index.html',
      '2024/print/index.html',
    ]);
  });

  it('writes each figure in the one form its kind takes in prose, money at its page’s decimals', () => {
    const decimals = new Set<number>();
    const wrong = figures.filter((f) => {
      const kind = kindOf(f.name);
      if (kind !== 'money') return kind !== undefined && !FORM[kind].test(f.text);
      const d = pageDecimals(f.page);
      if (d === undefined) return true;
      decimals.add(d);
      return !moneyForm(d).test(f.text);
    });
    expect(wrong).toEqual([]);
    // The sample has project-years at two decimals (信访救助) and at four (积案化解).
    expect([...decimals].sort()).toEqual([2, 4]);
  });

  it('shows money in prose as the funding table on the same page shows it', () => {
    const differing: string[] = [];
    const kinds = new Set<string>();
    let compared = 0;
    for (const page of htmlPages()) {
      const report = pageReport(page);
      if (!report) continue;
      const root = parse(readFileSync(join(siteDir(), page), 'utf8'));
      const table = tableAmounts(root);
      if (table.size === 0) continue;
      for (const [key, text] of proseAmounts(root, report)) {
        const cell = table.get(key);
        kinds.add(key.replace(/:.*/, ':'));
        compared++;
        if (cell === undefined || digits(text) !== cell)
          differing.push(`${page} ${key}: ${text} ≠ ${cell ?? '（表中没有）'}`);
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(50);
    expect([...kinds].sort()).toEqual(['全年执行数', '全年执行数:', '全年预算数', '全年预算数:']);
  });

  it('shows one text for one figure (in one unit) wherever it stands on a page', () => {
    const seen = new Map<string, Figure>();
    const differing: string[] = [];
    for (const f of figures) {
      const key = `${f.page}|${f.name}|${f.text.endsWith('万元') ? '万元' : f.text.replace(/^[\d.,-]+/, '')}`;
      const first = seen.get(key);
      if (!first) seen.set(key, f);
      else if (first.text !== f.text) differing.push(`${key}: ${first.text} ≠ ${f.text}`);
    }
    expect(differing).toEqual([]);
  });

  it('shows each measure as report.json holds it, formatted by the prose rule', () => {
    let checked = 0;
    for (const f of figures) {
      const at = /^(\d{4})\/([^/]+)\//.exec(f.page);
      if (!at || !MEASURE_KIND.has(f.name)) continue;
      const report = readReport(Number(at[1]), at[2] ?? '');
      const unit = f.text.endsWith('万元') ? '万元' : f.text.endsWith('元') ? '元' : undefined;
      expect(f.text, `${f.page} ${f.name}`).toBe(measureText(report, f.name, unit));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('writes the money of every chart summary at its page’s decimals, rates at two', () => {
    const summaries = htmlPages().flatMap((page) =>
      parse(readFileSync(join(siteDir(), page), 'utf8'))
        .querySelectorAll('svg[role="img"]')
        .map((svg) => ({ page, label: svg.getAttribute('aria-label') ?? '' })),
    );
    const wrong: string[] = [];
    let amounts = 0;
    for (const { page, label } of summaries) {
      for (const m of label.matchAll(/(-?[\d,]+(?:\.\d+)?) ?(万元|%)/g)) {
        amounts++;
        const places = m[2] === '%' ? 2 : pageDecimals(page);
        const form = new RegExp(`^-?\\d{1,3}(?:,\\d{3})*\\.\\d{${places}}$`);
        if (!form.test(m[1] ?? '')) wrong.push(`${page}: ${m[0]}`);
      }
    }
    expect(amounts).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
