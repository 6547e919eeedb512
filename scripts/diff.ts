/**
 * `npm run diff -- <旧站点目录> <新站点目录> [--json]`: compares two built sites (for instance
 * last year's published folder and today's build) and prints what changed, in Chinese: project-
 * years added or removed; for each project-year its changed figures (old → new), ledger records
 * and narrative sections; the rest in one line. With --json the same comparison is printed as
 * JSON, amounts in 元 as in report.json. Reads only the two folders (report.json, report pages, exported ledgers), so builds made
 * by different versions of the site compare.
 */
import { parseArgs } from 'node:util';
import { compareSites } from '../src/lib/diff/compare.ts';
import { diffJson } from '../src/lib/diff/json.ts';
import { renderDiff } from '../src/lib/diff/render.ts';
import { readSnapshot } from '../src/lib/diff/snapshot.ts';

const USAGE = '用法：npm run diff -- <旧站点目录> <新站点目录> [--json]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [oldDir, newDir] = positionals;
if (oldDir === undefined || newDir === undefined || positionals.length > 2) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const [before, after] = await Promise.all([readSnapshot(oldDir), readSnapshot(newDir)]);
  const diff = compareSites(before, after, { old: oldDir, new: newDir });
  process.stdout.write(values.json ? diffJson(diff) : renderDiff(diff));
} catch (error) {
  console.error(`比较失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
