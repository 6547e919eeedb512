/**
 * The narrative files on disk: every .mdx file of each project-year folder under the content
 * folder, checked against its project-year's model (checkNarrative); links, pipes and devices
 * where a folder or file should be are refused, as are relative images that do not exist or are
 * not PNG, JPEG or WebP by their content (./image-kind.ts).
 */
import type { Dirent } from 'node:fs';
import { lstatSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../base/problems.ts';
import { compareText } from '../base/problems.ts';
import type { Report } from '../model/report-schema.ts';
import {
  entryKind,
  notAFileMessage,
  notAFolderMessage,
  readRegularFile,
} from '../read/file-kind.ts';
import type { NarrativeNames } from './components.ts';
import { carriedOverProblems } from './carry-over.ts';
import { namesOf } from './components.ts';
import { fileHead, notRasterMessage } from './image-kind.ts';
import { UNIT_DIR } from './unit-facts.ts';
import { checkNarrative } from './narrative.ts';

/** Every narrative file the content collection would load, checked; see checkNarrative. */
export async function checkNarratives(
  root: string,
  contentDir: string,
  reports: ReadonlyMap<string, Report | undefined>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const base = join(root, contentDir);
  const top = await lstat(base).catch(() => undefined);
  if (top === undefined) return problems;
  if (!top.isDirectory()) {
    problems.push({
      file: contentDir,
      severity: 'error',
      message: notAFolderMessage(entryKind(top) ?? '是普通文件'),
    });
    return problems;
  }
  for (const year of await list(base)) {
    if (!/^\d{4}$/.test(year.name)) continue;
    const yearFile = `${contentDir}/${year.name}`;
    if (year.isSymbolicLink()) {
      problems.push({
        file: yearFile,
        severity: 'error',
        message: notAFolderMessage('是符号链接'),
      });
      continue;
    }
    if (!year.isDirectory()) continue;
    for (const project of await list(join(base, year.name))) {
      if (project.name.startsWith('.')) continue;
      const dir = `${yearFile}/${project.name}`;
      if (project.isSymbolicLink()) {
        problems.push({ file: dir, severity: 'error', message: notAFolderMessage('是符号链接') });
        continue;
      }
      if (!project.isDirectory()) continue;
      // The unit report's folder is checked with its own components (pipeline/unit.ts).
      if (project.name === UNIT_DIR) continue;
      const id = `${year.name}/${project.name}`;
      problems.push(
        ...(await checkNarrativeFolder(root, contentDir, dir, namesOf(reports.get(id)))),
      );
    }
  }
  return problems;
}

/** Every .mdx file of one narrative folder (`dir` relative to `root`), checked against `names`. */
export async function checkNarrativeFolder(
  root: string,
  contentDir: string,
  dir: string,
  names: NarrativeNames | undefined,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of await list(join(root, dir))) {
    if (!entry.name.endsWith('.mdx') || entry.name.startsWith('.')) continue;
    const file = `${dir}/${entry.name}`;
    const kind = entryKind(entry);
    if (kind !== undefined) {
      problems.push({ file, severity: 'error', message: notAFileMessage(kind) });
      continue;
    }
    const read = await readRegularFile(join(root, file));
    if (read.bytes === undefined) {
      if (read.kind !== undefined) {
        problems.push({ file, severity: 'error', message: notAFileMessage(read.kind) });
      }
      continue;
    }
    const text = read.bytes.toString('utf8');
    problems.push(...carriedOverProblems(file, text));
    problems.push(
      ...checkNarrative(file, text, names, (path) => localImageProblem(root, contentDir, path)),
    );
  }
  return problems;
}

function localImageProblem(root: string, contentDir: string, path: string): string | undefined {
  const advice = '图片应与正文放在同一目录，写成 ./图片.png';
  if (!path.startsWith(`${contentDir}/`))
    return `图片 ${path} 不在 ${contentDir}/ 目录中；${advice}`;
  let stats;
  try {
    stats = lstatSync(join(root, path));
  } catch {
    return `找不到图片文件 ${path}；请检查文件名，${advice}`;
  }
  const kind = entryKind(stats);
  if (kind !== undefined) return `图片 ${path} ${notAFileMessage(kind)}`;
  return notRasterMessage(path, fileHead(join(root, path)));
}

async function list(path: string): Promise<Dirent[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => [] as Dirent[]);
  return entries.sort((a, b) => compareText(a.name, b.name));
}
