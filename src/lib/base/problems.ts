/**
 * Problems found while reading and checking the data: located, in Chinese, collected
 * all at once so a build reports every defect in one pass. As printed (problemLines), the same
 * problem on many rows of one file and column is one line with a count and the first few rows,
 * so 423 payments dated in the wrong year read as one thing to fix, not 423.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root, e.g. `data/2024/jiean-huajie/spending.csv`. */
  file: string;
  /** 1-based physical line in the file where the row starts; absent for whole-file problems. */
  line?: number;
  /** Column header as the user wrote it (or the canonical name when the column is missing). */
  column?: string;
  /** What is wrong and what would be right, in Chinese. Never repeats a sensitive value. */
  message: string;
  severity: Severity;
  /**
   * The message without this row's own values (`拨付日期不在 2025 年内；…`): rows of one file and
   * column with the same group are printed as one line when there are many (problemLines below).
   */
  group?: string;
}

/** Formats a problem as `file:line: column: message`, leaving out the parts it lacks. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const column = problem.column === undefined ? '' : `${problem.column}: `;
  return `${where}: ${column}${problem.message}`;
}

/** Orders problems by file, then line, so reports are stable and easy to follow. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareColumns(a.column ?? '', b.column ?? '') ||
      compareText(a.message, b.message),
  );
}

/** Column headers in text order; a narrative's `第N列` by number, so 第4列 comes before 第28列. */
function compareColumns(a: string, b: string): number {
  const x = /^第(\d+)列$/.exec(a);
  const y = /^第(\d+)列$/.exec(b);
  return x && y ? Number(x[1]) - Number(y[1]) : compareText(a, b);
}

/** Locale-free string order, so output never depends on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** From this many rows with the same problem, they are printed as one line. */
export const GROUP_FROM = 4;
/** How many row numbers a grouped line names. */
export const EXAMPLE_ROWS = 3;

/**
 * What rows with the same problem share: the problem's `group` when it has one, else its
 * message with each quoted cell (“…”) left out, so cells that differ still group.
 */
export function groupText(problem: Problem): string {
  return problem.group ?? problem.message.replace(/“[^”]*”/g, '“…”');
}

/**
 * The problems as printed lines, in file then line order. A problem found on at least
 * GROUP_FROM rows of the same file and column is one line, at the place of its first row,
 * `file: column: 共 423 行：problem（如第 2、3、4 行）`; one found in at least GROUP_FROM files of
 * the same folder (the same line of each) likewise, `folder/: 共 10 个文件：problem（如 a、b、c）`;
 * the others as formatProblem writes them.
 */
export function problemLines(problems: readonly Problem[]): string[] {
  const sorted = sortProblems(problems);
  const rows = groupBy(sorted, (p) => (p.line === undefined ? undefined : keyOf(p, p.file)));
  const inRows = (p: Problem) => (rows.get(keyOf(p, p.file))?.length ?? 0) >= GROUP_FROM;
  const files = groupBy(sorted, (p) => (inRows(p) ? undefined : keyOf(p, folderOf(p.file))));
  const lines: string[] = [];
  for (const p of sorted) {
    const folder = files.get(keyOf(p, folderOf(p.file)));
    if (inRows(p)) {
      const group = rows.get(keyOf(p, p.file)) as Problem[];
      if (group[0] === p)
        lines.push(groupLine(group, p.file, '行', (q) => String(q.line), ['第 ', ' 行']));
    } else if (folder !== undefined && new Set(folder.map((q) => q.file)).size >= GROUP_FROM) {
      if (folder[0] === p) {
        const name = (q: Problem) => q.file.slice(folderOf(q.file).length + 1);
        lines.push(groupLine(folder, `${folderOf(p.file)}/`, '个文件', name, [' ', '']));
      }
    } else lines.push(formatProblem(p));
  }
  return lines;
}

function groupBy(
  problems: readonly Problem[],
  key: (p: Problem) => string | undefined,
): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const k = key(p);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

/** What a group shares: where (a file, or a folder with the line), column and problem. */
function keyOf(p: Problem, where: string): string {
  const line = where === p.file ? '' : (p.line ?? '');
  return JSON.stringify([p.severity, where, line, p.column ?? '', groupText(p)]);
}

/** The folder a file lies in, `content/2025/jiean-huajie`; `.` for a file at the top. */
function folderOf(file: string): string {
  const at = file.replace(/\/+$/, '').lastIndexOf('/');
  return at <= 0 ? '.' : file.slice(0, at);
}

function groupLine(
  group: readonly Problem[],
  where: string,
  unit: string,
  example: (p: Problem) => string,
  [before, after]: [string, string],
): string {
  const first = group[0] as Problem;
  const distinct = new Set(group.map((p) => p.message)).size;
  const text = distinct === 1 ? first.message : groupText(first);
  const examples = [...new Set(group.map(example))].slice(0, EXAMPLE_ROWS).join('、');
  const column = first.column === undefined ? '' : `${first.column}: `;
  return `${where}: ${column}共 ${group.length} ${unit}：${text}（如${before}${examples}${after}）`;
}

/** Collects problems for one file, filling in the file path. */
export class ProblemSink {
  readonly problems: Problem[] = [];
  readonly file: string;
  #errors = 0;

  constructor(file: string) {
    this.file = file;
  }

  /** `group`: the message without the row's own values, see Problem.group. */
  error(message: string, line?: number, column?: string, group?: string): void {
    this.add('error', message, line, column, group);
  }

  warn(message: string, line?: number, column?: string): void {
    this.add('warning', message, line, column);
  }

  get errorCount(): number {
    return this.#errors;
  }

  private add(
    severity: Severity,
    message: string,
    line?: number,
    column?: string,
    group?: string,
  ): void {
    const problem: Problem = { file: this.file, message, severity };
    if (group !== undefined) problem.group = group;
    if (line !== undefined) problem.line = line;
    if (column !== undefined) problem.column = column;
    if (severity === 'error') this.#errors++;
    this.problems.push(problem);
  }
}

/** Thrown when data has errors; carries every problem so callers can print them all. */
export class DataError extends Error {
  readonly problems: Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`数据有 ${errors.length} 个错误，构建已停止：\n${problemLines(errors).join('\n')}`);
    this.name = 'DataError';
    this.problems = sortProblems(problems);
    // The message is the whole report, every problem located: a stack trace would only point
    // into the loader and bury it, so Astro, which prints a stack when there is one, prints none.
    this.stack = '';
  }
}
