/**
 * After a build, writes each project-year's report as Word documents beside its page:
 * `<年度>/<项目标识>/report.docx` (the whole report) and `annex.docx` (the 自评表 alone), made
 * from the report page just built so that they say exactly what the page says (see
 * src/lib/docx/report-docx.ts for why).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportDocx } from '../lib/docx/report-docx.ts';

/** Folders `<年度>/<项目标识>/` of the built site that hold a report page and its report.json. */
export async function reportFolders(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const year of (await readdir(dir, { withFileTypes: true })).sort(byName)) {
    if (!year.isDirectory() || !/^\d{4}$/.test(year.name)) continue;
    for (const slug of (await readdir(join(dir, year.name), { withFileTypes: true })).sort(
      byName,
    )) {
      const folder = join(dir, year.name, slug.name);
      if (
        slug.isDirectory() &&
        existsSync(join(folder, 'index.html')) &&
        existsSync(join(folder, 'report.json'))
      )
        out.push(folder);
    }
  }
  return out;
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The report date the page states (`data-report-date` on the report). */
export function pageReportDate(html: string): string {
  const date = /<article\b[^>]*\bdata-report-date="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  if (!date) throw new Error('报告页中没有报告日期（data-report-date）');
  return date;
}

/** Writes a file whole or not at all: a failed build never leaves half a document. */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(`${path}.part`, bytes);
  await rename(`${path}.part`, path);
}

/** report.docx and annex.docx for every project-year of the site in `dir`. */
export async function writeReportDocx(dir: string): Promise<number> {
  const folders = await reportFolders(dir);
  for (const folder of folders) {
    const html = await readFile(join(folder, 'index.html'), 'utf8');
    const { report, annex } = await reportDocx({ html, date: pageReportDate(html) });
    await writeWhole(join(folder, 'report.docx'), report);
    await writeWhole(join(folder, 'annex.docx'), annex);
  }
  return folders.length;
}

export function docxExportIntegration(): AstroIntegration {
  return {
    name: 'xinfang-docx-export',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeReportDocx(fileURLToPath(dir));
        logger.info(
          `Word 文档：${count} 个项目年度的 report.docx 和 annex.docx（${((performance.now() - started) / 1000).toFixed(1)} 秒）`,
        );
      },
    },
  };
}
