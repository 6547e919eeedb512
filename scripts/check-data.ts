/**
 * `npm run check-data [-- --data dir] [--content dir]`: reads, checks and scores the data
 * exactly as the build does (same loader, same rules, the same data options and XF_DATA_DIR /
 * XF_CONTENT_DIR: scripts/lib/data-options.ts) and prints the summary and every problem,
 * without building the site. Exit code 1 when there are errors. Everything it prints passes through the build's own
 * log redaction (redactLines), so it never shows a number the build would hide.
 */
import { pathToFileURL } from 'node:url';
import { errorLines, summaryLines, warningLines } from '../src/lib/dataset/summary.ts';
import { redactLines } from '../src/lib/privacy/privacy.ts';
import { loadSite } from '../src/lib/pipeline/site.ts';
import { dataPaths } from '../src/loaders/paths.ts';
import { readSettings } from '../src/lib/base/settings.ts';
import { checkDataEnv } from './lib/data-options.ts';

const log = (text: string) => console.log(redactLines(text));
const logError = (text: string) => console.error(redactLines(text));

const root = process.cwd();
let settings;
try {
  settings = readSettings(checkDataEnv(process.argv.slice(2), process.env, root));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
// The folders as the build's loader finds them (shown relative to the project in messages).
const { dataDir, contentDir } = dataPaths(
  { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) },
  settings,
);
const model = await loadSite({ root, dataDir, contentDir });
for (const line of summaryLines(model.files)) log(line);
for (const line of warningLines(model.problems)) log(line);
const errors = errorLines(model.problems);
if (errors.length > 0) {
  const count = model.problems.filter((p) => p.severity === 'error').length;
  const merged = count === errors.length ? '' : `（同类合并后 ${errors.length} 条）`;
  logError(`\n数据有 ${count} 个错误${merged}：`);
  for (const line of errors) logError(line);
  process.exit(1);
}
log(`\n数据检查通过：${model.projectYears.length} 个项目年度。`);
