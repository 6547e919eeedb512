/**
 * Reads the facts files staff write beside the narrative: `content/site.yaml` for the bureau and
 * `content/<年度>/<项目标识>/project.yaml` for each project-year. YAML mistakes and unknown keys
 * come back located, like the CSV problems.
 */
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type * as z from 'zod';
import type { Problem } from '../base/problems.ts';
import { mayEcho } from '../privacy/echo.ts';
import { notAFileMessage, readRegularFile } from '../read/file-kind.ts';
import { projectFactsSchema, siteFactsSchema } from './facts-schema.ts';
import type { ProjectFacts, SiteFacts } from './facts-schema.ts';

/** The file's text; undefined when absent; a problem when it is a link, pipe or device. */
async function readOptional(
  root: string,
  file: string,
): Promise<{ text?: string; problem?: Problem }> {
  const read = await readRegularFile(join(root, file));
  if (read.bytes !== undefined) return { text: read.bytes.toString('utf8') };
  if (read.kind === undefined) return {};
  return { problem: { file, severity: 'error', message: notAFileMessage(read.kind) } };
}

/** A schema issue in Chinese: our own messages as they are, zod's generic ones translated. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    if (issue.path.length === 0) return '应为“项: 值”的形式，每行一项，如 项目名称: 某某专项资金';
    if (/received undefined/.test(issue.message)) return '缺少此项（必填）';
    if (issue.expected === 'string') return '应为一段文字，不能是列表或下级项';
    if (issue.expected === 'number' || issue.expected === 'int') return '应为整数，如 90';
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return '应为正整数，如 90';
  return '取值无效';
}

/** What a YAML error code means for someone writing `项: 值` lines. */
const YAML_HINTS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: '有重复的项',
  MISSING_CHAR: '引号或括号没有闭合',
  BAD_INDENT: '缩进不对；每项应顶格写成“项: 值”',
  TAB_AS_INDENT: '不能用制表符缩进，请用空格',
  MULTILINE_IMPLICIT_KEY: '项名不能跨行；冒号后应有一个空格',
  BLOCK_AS_IMPLICIT_KEY: '项名不能跨行；冒号后应有一个空格',
};

/**
 * The parser notices an unclosed quote where the file ends; the line to fix is the one where
 * the quote was opened: the last `项: "…` before that line whose quote is not closed on it.
 */
function openingQuoteLine(text: string, upTo: number): number | undefined {
  const lines = text.split(/\r\n|\r|\n/).slice(0, upTo);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^[^#"']*?:\s+(["'])(.*)$/.exec(lines[i] ?? '');
    if (m && !(m[2] ?? '').includes(m[1] as string)) return i + 1;
  }
  return undefined;
}

/** Aliases (`*名称`) a facts file may expand, counted as the parser counts them. */
const MAX_ALIASES = 100;

export const ALIAS_BOMB_MESSAGE =
  'YAML 格式错误：别名（&名称 与 *名称）展开过多，疑为恶意构造；请直接写出每一项的值，不要用别名';

/** The line of the first alias in the document, where an alias bomb starts to go off. */
function firstAliasLine(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = lineCounter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/** An unknown key, named unless it reads as a long run of digits. */
function unknownKeyMessage(key: string): string {
  return mayEcho(key) ? `不认识的项：${key}` : '不认识的项（此处不显示内容）';
}

/** Parses a YAML facts file against a schema; problems name the file, line and key. */
export function parseFacts<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { value?: z.output<S>; problems: Problem[]; lines?: Record<string, number> } {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  for (const e of doc.errors) {
    const at = lineCounter.linePos(e.pos[0]).line;
    problems.push({
      file,
      line: e.code === 'MISSING_CHAR' ? (openingQuoteLine(text, at) ?? at) : at,
      message: `YAML 格式错误：${YAML_HINTS[e.code] ?? '请检查冒号、缩进和引号'}`,
      severity: 'error',
    });
  }
  if (problems.length > 0) return { problems };
  let js: unknown;
  try {
    // A facts file has no use for aliases; a few hundred expanding each other (billion laughs)
    // would take the build's memory, and the parser stops them with an English exception.
    js = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    const problem: Problem = { file, message: ALIAS_BOMB_MESSAGE, severity: 'error' };
    const line = firstAliasLine(doc, lineCounter);
    if (line !== undefined) problem.line = line;
    return { problems: [problem] };
  }
  const parsed = schema.safeParse(js ?? {});
  if (parsed.success) {
    // The line where each value's text starts, so a problem in it can be located: the key's
    // line, or the line below it for a block (`项目概述: |` then the text).
    const lines: Record<string, number> = {};
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const block = isScalar(pair.value) && /^BLOCK_/.test(String(pair.value.type));
        lines[String(pair.key.value)] =
          lineCounter.linePos(pair.key.range[0]).line + (block ? 1 : 0);
      }
    }
    return { value: parsed.data, problems, lines };
  }
  /** The line of a key itself (a list value starts on the line below it). */
  const lineOf = (key: PropertyKey | undefined): number | undefined => {
    const pair = isMap(doc.contents)
      ? doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))
      : undefined;
    const range =
      key === undefined ? doc.contents?.range : isScalar(pair?.key) ? pair.key.range : undefined;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  /** A nested value's own line (a map entry's value), else its top-level key's line. */
  const lineAt = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n > 1; n--) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: readonly number[] } | null)?.range;
      if (range?.[0] !== undefined) return lineCounter.linePos(range[0]).line;
    }
    return lineOf(path[0]);
  };
  for (const issue of parsed.error.issues) {
    // Each unknown key at its own line.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path[0]];
    for (const key of keys) {
      const message =
        issue.code === 'unrecognized_keys' ? unknownKeyMessage(String(key)) : issueMessage(issue);
      const problem: Problem = { file, message, severity: 'error' };
      const line =
        issue.code === 'unrecognized_keys'
          ? lineAt([...issue.path, String(key)])
          : lineAt(issue.path);
      if (line !== undefined) problem.line = line;
      if (key !== undefined && issue.code !== 'unrecognized_keys') problem.column = String(key);
      problems.push(problem);
    }
  }
  return { problems };
}

export async function readSiteFacts(
  root: string,
  contentDir: string,
): Promise<{ value?: SiteFacts; problems: Problem[] }> {
  const file = `${contentDir}/site.yaml`;
  const { text, problem } = await readOptional(root, file);
  if (problem) return { problems: [problem] };
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
): Promise<{
  value?: ProjectFacts;
  problems: Problem[];
  missing: boolean;
  lines?: Record<string, number>;
}> {
  const file = `${dir}/project.yaml`;
  const { text, problem } = await readOptional(root, file);
  if (problem) return { problems: [problem], missing: false };
  if (text === undefined) return { problems: [], missing: true };
  return { ...parseFacts(file, text, projectFactsSchema), missing: false };
}
