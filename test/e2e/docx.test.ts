/**
 * The Word documents of the sample site (report.docx, annex.docx): LibreOffice Writer opens and
 * converts them to PDF (Debian's libreoffice-writer-nogui, scripts/ensure-system.sh), and the
 * text it lays out holds what the report page holds: every section heading, the total score
 * and grade, and every figure of the 自评表 — read from the built page and report.json.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/lib/docx/package.ts';
import { formatScore } from '../../src/lib/report/format.ts';
import { readReport, siteDir, siteFiles } from './helpers.ts';

const squash = (text: string) => text.replace(/\s+/g, '');
/** HTML's white space, which a browser collapses (not U+3000 or the no-break space). */
const HTML_SPACE = /[ \t\n\f\r]+/g;

/** The project-years of the built site: folders with a report.json. */
function projectYears(): { year: number; slug: string; folder: string }[] {
  return siteFiles()
    .filter((f) => /^\d{4}\/[^/]+\/report\.json$/.test(f))
    .map((f) => {
      const [year, slug] = f.split('/');
      return {
        year: Number(year),
        slug: slug ?? '',
        folder: join(siteDir(), year ?? '', slug ?? ''),
      };
    });
}

/** Text of an element without its print links, white space collapsed. */
function shown(el: HTMLElement): string {
  const copy = parse(el.toString());
  for (const a of copy.querySelectorAll('.print-link')) a.remove();
  return copy.text.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
}

function reportPage(folder: string): HTMLElement {
  const article = parse(readFileSync(join(folder, 'index.html'), 'utf8')).querySelector(
    'article.report',
  );
  if (!article) throw new Error(`${folder}: no report`);
  return article;
}

let work: string;
/** pdftotext of LibreOffice's PDF, by `<year>-<slug>-<report|annex>`. */
const pdfText = new Map<string, string>();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xf-docx-'));
  const files: string[] = [];
  for (const { year, slug, folder } of projectYears())
    for (const kind of ['report', 'annex']) {
      const copy = join(work, `${year}-${slug}-${kind}.docx`);
      copyFileSync(join(folder, `${kind}.docx`), copy);
      files.push(copy);
    }
  // One Writer for all the files; a profile of its own so that no other instance's lock matters.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...files,
    ],
    { stdio: 'pipe', timeout: 900_000 }, // against a hang only
  );
  for (const file of files) {
    const pdf = file.replace(/\.docx$/, '.pdf');
    if (!existsSync(pdf)) continue;
    pdfText.set(
      file.slice(work.length + 1, -'.docx'.length),
      execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }),
    );
  }
}, 1_200_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('report.docx and annex.docx', () => {
  it('exist for every project-year of the sample', () => {
    const years = projectYears();
    expect(years.length).toBe(6);
    for (const { folder } of years) {
      expect(existsSync(join(folder, 'report.docx'))).toBe(true);
      expect(existsSync(join(folder, 'annex.docx'))).toBe(true);
    }
  });

  it('are linked from the report page', () => {
    for (const { year, slug, folder } of projectYears()) {
      const links = reportPage(folder)
        .querySelectorAll('nav.toolbar a')
        .map((a) => a.getAttribute('href'));
      expect(links).toContain(`/${year}/${slug}/report.docx`);
      expect(links).toContain(`/${year}/${slug}/annex.docx`);
    }
  });

  it('hold every paragraph of the report page, word for word (docxText)', () => {
    for (const { folder } of projectYears()) {
      const article = reportPage(folder);
      const lines = new Set(docxText(readFileSync(join(folder, 'report.docx'))).split('\n'));
      // On paper the score panel (screen-only) is its sentence (paper-only), and lists are
      // numbered 1．2．3． as the printed report numbers them.
      const paragraphs = article
        .querySelectorAll('.prose p, h2, h3, p.pending, p.verdict-text, .report-close p')
        .filter((el) => !el.classList.contains('visually-hidden'))
        .map(shown);
      const goals = article
        .querySelectorAll('ul.goals li')
        .map((li, i) => `${i + 1}．${shown(li)}`);
      expect(paragraphs.length).toBeGreaterThan(15);
      for (const p of [...paragraphs, ...goals]) expect(lines, `${folder}: ${p}`).toContain(p);
      expect(lines).not.toContain(shown(article.querySelector('.verdict > div') ?? article));
    }
  });

  it('open in LibreOffice Writer and print every section heading, the total score and the grade', () => {
    for (const { year, slug, folder } of projectYears()) {
      const text = pdfText.get(`${year}-${slug}-report`);
      expect(text, `${year}/${slug} report.docx was not converted`).toBeDefined();
      const flat = squash(text ?? '');
      const headings = reportPage(folder).querySelectorAll('section > h2, section > h3').map(shown);
      expect(headings.length).toBeGreaterThanOrEqual(12);
      for (const h of headings) expect(flat, `${year}/${slug}: ${h}`).toContain(squash(h));
      const report = readReport(year, slug);
      expect(flat).toContain(`自评总分${formatScore(report.totalScore)}分`);
      expect(flat).toContain(`评价等级为“${report.grade}”`);
      // 自评等级 and the grade are cells of one row of the 自评表; the text of a table comes out
      // of LibreOffice's PDF column by column.
      expect(flat).toContain('自评等级');
    }
  });

  it('print every figure of the 自评表, in report.docx and in annex.docx alone', () => {
    for (const { year, slug, folder } of projectYears()) {
      const annex = reportPage(folder).querySelector('#annex');
      // A score entered by hand is marked “人工” on screen, “（人工）” on paper.
      const figures = (annex?.querySelectorAll('td.num') ?? [])
        .map((td) => shown(td).replace(/\s*人工$/, '（人工）'))
        .filter(Boolean);
      expect(figures.length).toBeGreaterThan(20);
      for (const kind of ['report', 'annex']) {
        const flat = squash(pdfText.get(`${year}-${slug}-${kind}`) ?? '');
        expect(flat.length, `${year}/${slug} ${kind}.docx was not converted`).toBeGreaterThan(0);
        // A narrow score cell wraps “（人工）” over two lines, which LibreOffice's PDF text
        // interleaves with the next cell's: the figure is checked, and the mark on its own.
        for (const figure of figures) {
          const [value, mark] = figure.split('（');
          expect(flat, `${year}/${slug} ${kind}: ${figure}`).toContain(squash(value ?? ''));
          if (mark)
            expect(flat, `${year}/${slug} ${kind}: ${figure}`).toMatch(/人\s*工|人[^）]*工/);
        }
        expect(flat).toContain(squash(readReport(year, slug).project.name));
      }
    }
  });
});
