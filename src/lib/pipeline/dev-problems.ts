/**
 * `npm run dev`: the data errors of the latest reload, kept where every page can see them, so a
 * page shows the errors — never the figures of the last good data — until they are fixed.
 *
 * The content loader and the pages run as different module instances of the same process (the
 * loader in Astro's content layer, the pages in Vite's SSR runner), so the problems live on
 * globalThis under a registered symbol rather than in a module variable.
 */
import { escapeHtml } from '../base/html.ts';
import type { Problem } from '../base/problems.ts';
import { formatProblem, sortProblems } from '../base/problems.ts';

const KEY = Symbol.for('xinfang-jixiao.dev-problems');

type Holder = { [KEY]?: Problem[] | undefined };

/** Records the problems of a reload that found errors; `undefined` once the data is good. */
export function setDevProblems(problems: readonly Problem[] | undefined): void {
  const holder = globalThis as Holder;
  holder[KEY] = problems === undefined ? undefined : sortProblems(problems);
}

/** The problems of the latest reload, when it found errors. */
export function devProblems(): Problem[] | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * The page shown instead of every page while the data has errors: each problem located, as
 * the terminal prints it (errors first, then warnings). It reloads itself every few seconds,
 * so fixing the file brings the report back without touching the browser.
 */
export function devProblemsPage(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const list = (items: readonly Problem[]) =>
    items.map((p) => `<li>${escapeHtml(formatProblem(p))}</li>`).join('\n');
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
