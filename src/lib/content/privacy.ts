/**
 * The narrative and the facts files (content/<年度>/<项目标识>/*.mdx, project.yaml, site.yaml)
 * are written by staff and published as they are, without the data layer's checks. Each is read
 * here as a reader would see it (markup, entities and comments removed: see
 * src/lib/privacy/displayed.ts) and every ID-card or mobile number found is a located error that
 * stops the build. Messages give the file and line and never the number.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../base/problems.ts';
import type { Sensitive, TextKind } from '../privacy/privacy.ts';
import { sensitiveLinesOf } from '../privacy/privacy.ts';
import { readRegularFile } from '../read/file-kind.ts';

const WHAT: Record<Sensitive, string> = { idcard: '身份证号码', mobile: '手机号码' };

/** The message for a number found in a narrative or facts file, by where it was written. */
export function contentMessage(kind: Sensitive, yaml: boolean): string {
  return yaml
    ? `项目信息中疑似有${WHAT[kind]}，不得写入；请删除该号码（此处不显示内容）`
    : `正文中疑似有${WHAT[kind]}，不得写入；请删除该号码（此处不显示内容）`;
}

/**
 * 1-based source lines of an MDX (or Markdown) or YAML text on which a number starts, as the
 * page will show it: `139**1234**5678`, `139<b>1234</b>5678`, `&#49;…`, `{' '}` and comments
 * between digits do not hide it. YAML is read as written and, as a cell is, also as markup
 * would show it, should a value ever reach a page unescaped.
 */
export function sensitiveSourceLines(
  text: string,
  kind: 'mdx' | 'yaml',
): { line: number; kind: Sensitive }[] {
  const readings: TextKind[] = kind === 'mdx' ? ['mdx'] : ['yaml', 'mdx'];
  const byLine = new Map<number, Sensitive>();
  for (const as of readings)
    for (const { line, kind: found } of sensitiveLinesOf(text, as))
      if (!byLine.has(line)) byLine.set(line, found);
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([line, found]) => ({ line, kind: found }));
}

/** Problems for one narrative or facts file's text. */
export function contentProblems(file: string, text: string): Problem[] {
  const yaml = /\.ya?ml$/i.test(file);
  return sensitiveSourceLines(text, yaml ? 'yaml' : 'mdx').map(({ line, kind }) => ({
    file,
    line,
    message: contentMessage(kind, yaml),
    severity: 'error',
  }));
}

/**
 * Problems for every narrative and facts file of a content folder (`dir` relative to `root`),
 * not looking into subfolders: a project-year's folder, or the content root for site.yaml.
 */
export async function contentFolderProblems(root: string, dir: string): Promise<Problem[]> {
  let names: string[];
  try {
    names = await readdir(join(root, dir));
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  for (const name of names.filter((n) => /\.(?:mdx|md|ya?ml)$/i.test(n)).sort()) {
    // Only ordinary files: a link, pipe or device is reported by the narrative and facts readers,
    // and reading a pipe here would wait for ever.
    const read = await readRegularFile(join(root, dir, name)).catch(() => undefined);
    if (read?.bytes)
      problems.push(...contentProblems(`${dir}/${name}`, read.bytes.toString('utf8')));
  }
  return problems;
}
