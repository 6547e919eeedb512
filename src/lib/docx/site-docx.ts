/**
 * The Word documents of a built site: for each project-year folder `<年度>/<项目标识>/` holding
 * a report page and its report.json, report.docx and annex.docx beside them.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportDocx } from './report-docx.ts';

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Whether a built folder holds a report page and its report.json. */
function isReportFolder(folder: string): boolean {
  return existsSync(join(folder, 'index.html')) && existsSync(join(folder, 'report.json'));
}

/**
 * Folders of the built site that hold a report page and its report.json: each year's unit report
 * `<年度>/` (单位自评报告) when it has one, then its project-years `<年度>/<项目标识>/`.
 */
export async function reportFolders(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const year of (await readdir(dir, { withFileTypes: true })).sort(byName)) {
    if (!year.isDirectory() || !/^\d{4}$/.test(year.name)) continue;
    if (isReportFolder(join(dir, year.name))) out.push(join(dir, year.name));
    for (const slug of (await readdir(join(dir, year.name), { withFileTypes: true })).sort(
      byName,
    )) {
      const folder = join(dir, year.name, slug.name);
      if (slug.isDirectory() && isReportFolder(folder)) out.push(folder);
    }
  }
  return out;
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

/** report.docx and annex.docx of one project-year folder, from its report page. */
export async function writeFolderDocx(folder: string): Promise<void> {
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  let files;
  try {
    files = await reportDocx({ html, date: pageReportDate(html) });
  } catch (error) {
    throw new Error(
      `${join(folder, 'index.html')}: 无法生成 Word 文档：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  await writeWhole(join(folder, 'report.docx'), files.report);
  await writeWhole(join(folder, 'annex.docx'), files.annex);
}
