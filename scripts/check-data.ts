/**
 * `npm run check-data`: reads the data folder as the build does and prints the summary and
 * every problem, without building the site. Exit code 1 when there are errors.
 */
import { discover, loadProjectYear } from '../src/lib/dataset/load.ts';
import { errorLines, summaryLines, warningLines } from '../src/lib/dataset/summary.ts';
import type { Problem } from '../src/lib/problems.ts';
import { sortProblems } from '../src/lib/problems.ts';

const root = process.cwd();
const dataDir = process.argv[2] ?? 'data';
const { refs, problems } = await discover(root, dataDir);
const all: Problem[] = [...problems];
for (const ref of refs) {
  const py = await loadProjectYear(root, ref);
  for (const line of summaryLines(py.files)) console.log(line);
  all.push(...py.problems);
}
const sorted = sortProblems(all);
for (const line of warningLines(sorted)) console.log(line);
const errors = errorLines(sorted);
if (errors.length > 0) {
  console.error(`\n数据有 ${errors.length} 个错误：`);
  for (const line of errors) console.error(line);
  process.exit(1);
}
console.log(`\n数据检查通过：${refs.length} 个项目年度。`);
