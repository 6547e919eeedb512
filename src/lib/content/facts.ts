/**
 * Reads the facts files staff write beside the narrative: `content/site.yaml` for the bureau and
 * `content/<年度>/<项目标识>/project.yaml` for each project-year. YAML mistakes and unknown keys
 * come back located, like the CSV problems.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod';
import type { Problem } from '../problems.ts';
import { projectFactsSchema, siteFactsSchema } from '../schema/facts.ts';
import type { ProjectFacts, SiteFacts } from '../schema/facts.ts';

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Parses a YAML facts file against a schema; problems name the file, line and key. */
export function parseFacts<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { value?: z.output<S>; problems: Problem[] } {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  for (const e of doc.errors) {
    problems.push({
      file,
      line: lineCounter.linePos(e.pos[0]).line,
      message: `YAML 格式错误：${e.code === 'DUPLICATE_KEY' ? '有重复的项' : '请检查冒号、缩进和引号'}`,
      severity: 'error',
    });
  }
  if (problems.length > 0) return { problems };
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { value: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    const node = key === undefined ? undefined : doc.getIn([key], true);
    const range =
      node && typeof node === 'object' && 'range' in node
        ? (node.range as [number, number, number] | undefined)
        : undefined;
    const problem: Problem = { file, message: issue.message, severity: 'error' };
    if (range) problem.line = lineCounter.linePos(range[0]).line;
    if (key !== undefined) problem.column = String(key);
    problems.push(problem);
  }
  return { problems };
}

export async function readSiteFacts(
  root: string,
  contentDir: string,
): Promise<{ value?: SiteFacts; problems: Problem[] }> {
  const file = `${contentDir}/site.yaml`;
  const text = await readOptional(join(root, file));
  if (text === undefined) {
    return {
      problems: [
        { file, severity: 'error', message: '缺少站点信息文件；应写明“单位: 某某区信访局”' },
      ],
    };
  }
  return parseFacts(file, text, siteFactsSchema);
}

export async function readProjectFacts(
  root: string,
  dir: string,
): Promise<{ value?: ProjectFacts; problems: Problem[]; missing: boolean }> {
  const file = `${dir}/project.yaml`;
  const text = await readOptional(join(root, file));
  if (text === undefined) return { problems: [], missing: true };
  return { ...parseFacts(file, text, projectFactsSchema), missing: false };
}
