/**
 * Ledger pages written beside Astro's renderer. A build has Astro render each ledger part (a
 * project-year's case ledger, payment ledger, each unit's case list) once, as a shell: the
 * page's layout with a token wherever a page differs from the next (its number, its pager, its
 * rows, its row count and 小计). The build then writes every page of the part from that shell,
 * a page at a time, the rows copied as bytes from the files writeLedgers() wrote: the same
 * bytes Astro would have written, without rendering a thousand-row page per page. The dev
 * server renders each page in full with the same texts (pageText), so both show one markup.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { formatYuan } from '../base/money.ts';
import { pagerHtml } from '../report/pager.ts';
import { ledgerPageFile, pageRowCount } from './ledger.ts';

/** What changes from one page of a ledger part to the next, as the page shows it. */
export interface LedgerPageText {
  /** The page's number, in its title, subtitle and caption. */
  page: string;
  /** The pager's HTML (pagerHtml), above and below the table. */
  pager: string;
  /** The table's rows, HTML (src/lib/ledger/html.ts). */
  rows: string;
  /** Rows on the page, in its 本页小计. */
  count: string;
  /** The page's 小计 in 元. */
  total: string;
}

type Slot = keyof LedgerPageText;

/**
 * The tokens a shell holds in place of each text: letters, digits and punctuation that HTML
 * escaping leaves alone, so a token reads the same in an attribute, in text and in raw HTML.
 */
export const SHELL_TEXT: Readonly<LedgerPageText> = {
  page: '{{xf-ledger:page}}',
  pager: '{{xf-ledger:pager}}',
  rows: '{{xf-ledger:rows}}',
  count: '{{xf-ledger:count}}',
  total: '{{xf-ledger:total}}',
};

const SLOTS = Object.keys(SHELL_TEXT) as Slot[];
const TOKEN = /\{\{xf-ledger:([a-z]+)\}\}/g;

/** Link of page `page` of a part whose first page is at `href`: `cases/`, `cases/2/` … */
export function pageHref(href: string, page: number): string {
  return page === 1 ? href : `${href}${page}/`;
}

/** The texts of page `page` of `pages`, its rows given as `rows` (HTML). */
export function pageText(
  page: number,
  pages: number,
  href: string,
  count: number,
  totalFen: number,
  rows: string,
): LedgerPageText {
  return {
    page: String(page),
    pager: pagerHtml(page, pages, (n) => pageHref(href, n)),
    rows,
    count: String(count),
    total: formatYuan(totalFen),
  };
}

const count = z.int().nonnegative();

/** One ledger part to write from its shell. */
export const shellJobSchema = z.strictObject({
  /** Folder of the part's first page, relative to the output folder: `2024/jiean-huajie/cases/`. */
  path: z.string().regex(/^(?:(?!\.\.?\/)[^/\\]+\/)+$/),
  /** Link of the first page as the pages link to it (with the site's base). */
  href: z.string(),
  /** Where writeLedgers() wrote the part's rows, and the part's name there (`units/u3`). */
  dir: z.string(),
  part: z.string(),
  pageSize: z.int().positive(),
  rows: count,
  pages: z.int().positive(),
  /** 小计 of each page, in 分. */
  pageTotals: z.array(z.int()),
});

/** A build's ledger: the parts written from shells, the CSV downloads copied whole. */
export const ledgerPlanSchema = z.strictObject({
  parts: z.array(shellJobSchema),
  downloads: z.array(
    z.strictObject({
      /** The CSV writeLedgers() wrote, and where it goes, relative to the output folder. */
      from: z.string(),
      path: z.string().regex(/^(?:(?!\.\.?\/)[^/\\]+\/)*[^/\\]+\.csv$/),
    }),
  ),
});

export type ShellJob = z.output<typeof shellJobSchema>;
export type LedgerPlan = z.output<typeof ledgerPlanSchema>;

/** A shell cut at its tokens: literal bytes, and the slots between them. */
export type ShellPieces = (Buffer | Slot)[];

/**
 * `html` cut at its tokens. Throws when the rows, the count or the total is not there exactly
 * once, or a token is not one of SHELL_TEXT's: the page would be wrong, not just slow.
 */
export function splitShell(html: string, where: string): ShellPieces {
  const pieces: ShellPieces = [];
  const seen = new Map<Slot, number>();
  let from = 0;
  for (const m of html.matchAll(TOKEN)) {
    const slot = m[1] as Slot;
    if (!SLOTS.includes(slot)) throw new Error(`${where}：台账页模板中有不认识的标记 ${m[0]}`);
    pieces.push(Buffer.from(html.slice(from, m.index)), slot);
    seen.set(slot, (seen.get(slot) ?? 0) + 1);
    from = m.index + m[0].length;
  }
  pieces.push(Buffer.from(html.slice(from)));
  for (const slot of ['rows', 'count', 'total'] as const) {
    const n = seen.get(slot) ?? 0;
    if (n !== 1)
      throw new Error(`${where}：台账页模板中 ${SHELL_TEXT[slot]} 应出现 1 次，实际 ${n} 次`);
  }
  return pieces;
}

/**
 * Writes every page of `job` under `outDir` from its shell's pieces, one page at a time: the
 * first page over the shell itself, page n into `<path>/n/index.html`.
 */
export async function writeShellPages(
  outDir: string,
  pieces: ShellPieces,
  job: ShellJob,
): Promise<void> {
  for (let page = 1; page <= job.pages; page++) {
    const rows = await readFile(ledgerPageFile(job.dir, job.part, page));
    const text = pageText(
      page,
      job.pages,
      job.href,
      pageRowCount(job.pageSize, job.rows, page),
      job.pageTotals[page - 1] ?? 0,
      '',
    );
    const buffers = pieces.map((p) =>
      typeof p !== 'string' ? p : p === 'rows' ? rows : Buffer.from(text[p]),
    );
    const dir = join(outDir, job.path, page === 1 ? '' : String(page));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), Buffer.concat(buffers));
  }
}

/**
 * Every part of `plan` written from the shells Astro put at each part's first page, and the CSV
 * downloads copied whole (by the file system, never held in memory); how many pages.
 */
export async function writeLedgerPlan(outDir: string, plan: LedgerPlan): Promise<number> {
  let pages = 0;
  for (const job of plan.parts) {
    pages += job.pages;
    const shell = join(outDir, job.path, 'index.html');
    await writeShellPages(outDir, splitShell(await readFile(shell, 'utf8'), shell), job);
  }
  for (const download of plan.downloads) {
    const to = join(outDir, download.path);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(download.from, to);
  }
  return pages;
}
