/**
 * `npm run new-year -- 2025`: starts a new year from the latest earlier one (see
 * src/lib/pipeline/new-year.ts) and prints, per project, what to fill in. Refuses, changing
 * nothing, when the year exists already or the argument is not a year. XF_DATA_DIR and
 * XF_CONTENT_DIR point it at other folders, as they do the build.
 */
import {
  checklist,
  NewYearError,
  parseYearArgument,
  startNewYear,
} from '../src/lib/pipeline/new-year.ts';
import { redactLines } from '../src/lib/privacy/privacy.ts';

try {
  const year = parseYearArgument(process.argv.slice(2));
  const result = await startNewYear({
    root: process.cwd(),
    ...(process.env['XF_DATA_DIR'] ? { dataDir: process.env['XF_DATA_DIR'] } : {}),
    ...(process.env['XF_CONTENT_DIR'] ? { contentDir: process.env['XF_CONTENT_DIR'] } : {}),
    year,
  });
  console.log(redactLines(checklist(result).join('\n')));
} catch (e) {
  if (!(e instanceof NewYearError)) throw e;
  console.error(redactLines(`new-year：${e.message}`));
  process.exit(1);
}
