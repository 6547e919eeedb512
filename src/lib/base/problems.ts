/**
 * Problems found while reading and checking the data: located, in Chinese, collected
 * all at once so a build reports every defect in one pass.
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

/** Collects problems for one file, filling in the file path. */
export class ProblemSink {
  readonly problems: Problem[] = [];
  readonly file: string;
  #errors = 0;

  constructor(file: string) {
    this.file = file;
  }

  error(message: string, line?: number, column?: string): void {
    this.add('error', message, line, column);
  }

  warn(message: string, line?: number, column?: string): void {
    this.add('warning', message, line, column);
  }

  get errorCount(): number {
    return this.#errors;
  }

  private add(severity: Severity, message: string, line?: number, column?: string): void {
    const problem: Problem = { file: this.file, message, severity };
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
    super(`数据有 ${errors.length} 个错误，构建已停止：\n${errors.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
    this.problems = sortProblems(problems);
    // The message is the whole report, every problem located: a stack trace would only point
    // into the loader and bury it, so Astro, which prints a stack when there is one, prints none.
    this.stack = '';
  }
}
