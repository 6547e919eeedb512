/**
 * `npm run check-data [data-folder]`: reads, checks and scores the data exactly as the build
 * does (same loader, same rules) and prints the summary and every problem, without building the
 * site. Exit code 1 when there are errors.
 */
import { errorLines, summaryLines, warningLines } from '../src/lib/dataset/summary.ts';
import { loadSite } from '../src/lib/site.ts';

const model = await loadSite({
  root: process.cwd(),
  ...(process.argv[2] ? { dataDir: process.argv[2] } : {}),
});
for (const line of summaryLines(model.files)) console.log(line);
for (const line of warningLines(model.problems)) console.log(line);
const errors = errorLines(model.problems);
if (errors.length > 0) {
  console.error(`\n数据有 ${errors.length} 个错误：`);
  for (const line of errors) console.error(line);
  process.exit(1);
}
console.log(`\n数据检查通过：${model.projectYears.length} 个项目年度。`);
