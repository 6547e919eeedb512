/**
 * Every page of the built sample holds its figures to the display rules of docs/diff.md (数字的显示
 * 规则): each figure a narrative component or the verdict writes (`span.figure`) has the one
 * form its kind takes in prose, shows one text for one figure wherever it stands on the page, and
 * equals the value in report.json formatted by that rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../src/lib/model/measures.ts';
import type { MeasureKind } from '../../src/lib/model/measures.ts';
import { measureText } from '../../src/lib/report/figures.ts';
import { htmlPages, readReport, siteDir, siteFiles } from './helpers.ts';

/** The prose form of each kind of figure. */
const FORM: Record<MeasureKind | 'score' | 'grade', RegExp> = {
  money: /^-?\d{1,3}(?:,\d{3})*\.\d{2}(?:万元|元)$/,
  rate: /^-?\d+\.\d{2}%$/,
  count: /^\d{1,3}(?:,\d{3})*[件人个]$/,
  // The verdict writes the number and puts 分 after its tag; components write 97.91分.
  score: /^\d+\.\d{2}分?$/,
  grade: /^[优良中差]$/,
};

const MEASURE_KIND = new Map<string, MeasureKind>(MEASURES.map((m) => [m.name, m.kind]));

/** The kind of a `data-figure` name; undefined for indicator fields, whose form is their unit's. */
function kindOf(name: string): keyof typeof FORM | undefined {
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

  it('writes each figure in the one form its kind takes in prose', () => {
    const wrong = figures.filter((f) => {
      const kind = kindOf(f.name);
      return kind !== undefined && !FORM[kind].test(f.text);
    });
    expect(wrong).toEqual([]);
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

  it('writes the money and rates of every chart summary as prose does: two decimals', () => {
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
        if (!/^-?\d{1,3}(?:,\d{3})*\.\d{2}$/.test(m[1] ?? '')) wrong.push(`${page}: ${m[0]}`);
      }
    }
    expect(amounts).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
