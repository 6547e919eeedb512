/**
 * `npm run new-year -- 2025 [--data dir] [--content dir]`: starts a new year from the latest
 * earlier one (see src/lib/pipeline/new-year.ts) and prints, per project, what to fill in.
 * Refuses, changing nothing, when the year exists already, the argument is not a year, or a
 * data option is wrong (scripts/lib/data-options.ts: the same --data and --content as
 * check-data, or XF_DATA_DIR and XF_CONTENT_DIR as the build reads them).
 */
import { statSync } from 'node:fs';
import {
  checklist,
  NewYearError,
  parseYearArgument,
  startNewYear,
} from '../src/lib/pipeline/new-year.ts';
import { redactLines } from '../src/lib/privacy/privacy.ts';
import { writeCommand } from './lib/data-options.ts';

const refuse = (message: string) => {
  console.error(redactLines(`new-year：${message}`));
  process.exit(1);
};
const isFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
const root = process.cwd();

let command;
try {
  command = writeCommand(process.argv.slice(2), process.env, root, isFolder);
} catch (e) {
  refuse((e as Error).message);
}
try {
  const year = parseYearArgument(command?.args ?? []);
  const result = await startNewYear({
    root,
    ...(command ? { dataDir: command.dataDir, contentDir: command.contentDir } : {}),
    year,
  });
  console.log(redactLines(checklist(result).join('\n')));
} catch (e) {
  if (!(e instanceof NewYearError)) throw e;
  refuse(e.message);
}
