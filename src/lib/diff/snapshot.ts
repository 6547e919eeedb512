/**
 * Reads a built site folder for comparison: a digest of every file, and for each project-year
 * (a `<年度>/<项目标识>/report.json`) its report, report page and exported ledgers. Needs nothing
 * but the folder, so builds made by different versions of the site compare.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareText } from '../base/problems.ts';
import { reportFromJson } from '../model/report-json.ts';
import { unitFromJson } from '../model/unit-json.ts';
import type { ProjectYearFiles, SiteSnapshot } from './compare.ts';
import { LEDGERS } from './compare.ts';

const REPORT = /^(\d{4})\/([^/]+)\/report\.json$/;
/** A year's unit report (单位自评报告). */
const UNIT_REPORT = /^(\d{4})\/report\.json$/;

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  for (const e of entries.sort((a, b) => compareText(a.name, b.name))) {
    const path = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(dir, path)));
    else if (e.isFile()) out.push(path);
  }
  return out;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** readSnapshot(dir): the folder's files and project-years; throws when it is no site folder. */
export async function readSnapshot(dir: string): Promise<SiteSnapshot> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`${dir}：不是目录，应为构建输出的站点目录`);
  const files = new Map<string, string>();
  const projectYears = new Map<string, ProjectYearFiles>();
  const units = new Map<number, unknown>();
  for (const path of await listFiles(dir)) {
    const bytes = await readFile(join(dir, path));
    files.set(path, createHash('sha256').update(bytes).digest('hex'));
    const unit = UNIT_REPORT.exec(path);
    if (unit) {
      try {
        units.set(Number(unit[1]), unitFromJson(JSON.parse(bytes.toString('utf8'))));
      } catch {
        throw new Error(`${join(dir, path)}：不是有效的 JSON`);
      }
      continue;
    }
    const m = REPORT.exec(path);
    if (!m) continue;
    const [, year = '', slug = ''] = m;
    let report: unknown;
    try {
      report = reportFromJson(JSON.parse(bytes.toString('utf8')));
    } catch {
      throw new Error(`${join(dir, path)}：不是有效的 JSON`);
    }
    const folder = join(dir, year, slug);
    const ledgers: Record<string, string> = {};
    for (const [file] of LEDGERS) {
      const text = await readOptional(join(folder, file));
      if (text !== undefined) ledgers[file] = text;
    }
    const py: ProjectYearFiles = {
      id: `${year}/${slug}`,
      year: Number(year),
      slug,
      report,
      ledgers,
    };
    const page = await readOptional(join(folder, 'index.html'));
    if (page !== undefined) py.page = page;
    projectYears.set(py.id, py);
  }
  if (projectYears.size === 0) {
    throw new Error(`${dir}：没有找到任何 <年度>/<项目标识>/report.json，不像是本站点的构建输出`);
  }
  return { files, projectYears, units };
}
