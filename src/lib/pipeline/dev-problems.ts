/**
 * `npm run dev`: the data errors of the latest reload, kept where every page can see them, so the
 * pages of a project-year with errors show them — never its figures of the last good data —
 * until they are fixed, while the other project-years' pages show as usual.
 *
 * The content loader and the pages run as different module instances of the same process (the
 * loader in Astro's content layer, the pages in Vite's SSR runner), so the problems live on
 * globalThis under a registered symbol rather than in a module variable.
 */
import { escapeHtml } from '../base/html.ts';
import type { Problem } from '../base/problems.ts';
import { problemLines, sortProblems } from '../base/problems.ts';

const KEY = Symbol.for('xinfang-jixiao.dev-problems');

/** The problems of a reload that found errors, each placed with its project-year. */
export interface DevProblems {
  /** Every problem, sorted. */
  all: Problem[];
  /** Project-year id (`2024/jiean-huajie`) → its own problems; ids with no errors left out. */
  byProjectYear: Map<string, Problem[]>;
  /** Whether some error lies outside any project-year (site.yaml, the data folder itself). */
  siteWide: boolean;
}

type Holder = { [KEY]?: DevProblems | undefined };

/** The folders problems are located in, relative to the project root (as in Problem.file). */
export interface ProblemFolders {
  dataDir: string;
  contentDir: string;
}

const PROJECT_YEAR = /^(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/;

/** The project-year a problem's file lies in (`2024/jiean-huajie`), or undefined for the site's. */
export function projectYearOf(file: string, folders: ProblemFolders): string | undefined {
  for (const dir of [folders.dataDir, folders.contentDir]) {
    const prefix = dir === '.' ? '' : `${dir}/`;
    if (!file.startsWith(prefix)) continue;
    const m = PROJECT_YEAR.exec(file.slice(prefix.length));
    if (m) return `${m[1]}/${m[2]}`;
  }
  return undefined;
}

/**
 * Records the problems of a reload that found errors; `undefined` once the data is good. Each
 * problem is placed with its project-year, so one year's error leaves the other years' pages be.
 */
export function setDevProblems(
  problems: readonly Problem[] | undefined,
  folders: ProblemFolders = { dataDir: 'data', contentDir: 'content' },
): void {
  const holder = globalThis as Holder;
  if (problems === undefined) {
    holder[KEY] = undefined;
    return;
  }
  const all = sortProblems(problems);
  const byProjectYear = new Map<string, Problem[]>();
  let siteWide = false;
  for (const p of all) {
    const id = projectYearOf(p.file, folders);
    if (id === undefined) siteWide ||= p.severity === 'error';
    else byProjectYear.set(id, [...(byProjectYear.get(id) ?? []), p]);
  }
  for (const [id, own] of byProjectYear) {
    if (!own.some((p) => p.severity === 'error')) byProjectYear.delete(id);
  }
  holder[KEY] = { all, byProjectYear, siteWide };
}

/** The problems of the latest reload, when it found errors. */
export function devProblems(): DevProblems | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * The problems a page at `path` (below the site's base, `2024/jiean-huajie/cases/1/`) must show
 * instead of itself, or undefined when it may show: every page while an error lies outside any
 * project-year; else the pages of a project-year with errors, and of that project's later years
 * (their comparison with it would be wrong). Other years' pages and the home page show as usual.
 */
export function devProblemsFor(path: string): Problem[] | undefined {
  const found = devProblems();
  if (found === undefined) return undefined;
  if (found.siteWide) return found.all;
  const m = PROJECT_YEAR.exec(path.replace(/^\/+/, ''));
  if (!m) return undefined;
  const year = Number(m[1]);
  const shown = [...found.byProjectYear]
    .filter(([id]) => id.endsWith(`/${m[2]}`) && Number(id.slice(0, 4)) <= year)
    .flatMap(([, own]) => own);
  return shown.length > 0 ? shown : undefined;
}

/**
 * The page shown instead of a page whose data has errors: each problem located, as the terminal
 * prints it (errors first, then warnings; many rows with the same problem as one line). It
 * reloads itself every few seconds, so fixing the file brings the report back untouched.
 */
export function devProblemsPage(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const list = (items: readonly Problem[]) =>
    problemLines(items)
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="3">
<title>数据有错误 - 开发预览</title>
</head>
<body>
<main data-dev-problems>
<h1>数据有 ${errors.length} 个错误，页面暂不显示</h1>
<p>修改下列文件并保存后，页面会自动恢复（本页每 3 秒刷新一次）。</p>
<ol data-dev-errors>
${list(errors)}
</ol>
${warnings.length > 0 ? `<h2>提示（${warnings.length}）</h2>\n<ol data-dev-warnings>\n${list(warnings)}\n</ol>` : ''}
</main>
</body>
</html>
`;
}
