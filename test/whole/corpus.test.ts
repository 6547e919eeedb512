/**
 * The bad-input corpus (test/corpus/) through loadSite(), the code the build's loader runs: every
 * malformed file yields exactly its expected errors, in the build's `file:line: column: message`
 * form, and never an exception; no message repeats a planted sensitive value. Real builds of a
 * few of these cases, proving the last good site is left untouched, are in test/e2e/corpus.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines, warningLines } from '../../src/lib/dataset/summary.ts';
import { loadSite } from '../../src/lib/pipeline/site.ts';
import {
  changedFile,
  corpusCases,
  expectedErrors,
  expectedWarnings,
  makeCaseRoot,
  PLANTED,
} from '../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases = corpusCases();
/** The template's own warnings (sections not yet written): a case's warnings are those it adds. */
let baseline = new Set<string>();
beforeAll(async () => {
  const site = await loadSite({ root: makeCaseRoot(join(work, 'baseline')) });
  baseline = new Set(warningLines(site.problems));
});

describe('the bad-input corpus', () => {
  it('holds at least 25 malformed files and a valid template that loads cleanly', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const site = await loadSite({ root: makeCaseRoot(join(work, 'template')) });
    expect(errorLines(site.problems)).toEqual([]);
    expect(site.projectYears.map((p) => p.id)).toEqual(['2024/demo']);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    'loadSite() reports %s with its exact errors, so the loader stops the build',
    async (name, corpusCase) => {
      const root = makeCaseRoot(join(work, name), corpusCase);
      const site = await loadSite({ root });
      const errors = errorLines(site.problems);
      const warnings = warningLines(site.problems).filter((w) => !baseline.has(w));
      const expected = expectedErrors(name);
      const expectedWarned = expectedWarnings(name);
      if (
        (expected === undefined && expectedWarned === undefined) ||
        JSON.stringify(errors) !== JSON.stringify(expected ?? [])
      ) {
        writeFileSync(changedFile(name), `${errors.join('\n')}\n`);
      }
      if (
        expectedWarned !== undefined &&
        JSON.stringify(warnings) !== JSON.stringify(expectedWarned)
      ) {
        writeFileSync(changedFile(name, 'warnings'), `${warnings.join('\n')}\n`);
      }
      // A case expects errors, or warnings that are all it reports.
      expect(expected !== undefined || expectedWarned !== undefined).toBe(true);
      expect(errors.length + (expectedWarned?.length ?? 0)).toBeGreaterThan(0);
      expect(errors).toEqual(expected ?? []);
      if (expectedWarned !== undefined) expect(warnings).toEqual(expectedWarned);
      const printed = site.problems
        .map((p) => `${p.file} ${p.column ?? ''} ${p.message}`)
        .join('\n');
      for (const value of PLANTED) expect(printed).not.toContain(value);
      // A 50 MB cell must not come back in a message either.
      expect(Math.max(...site.problems.map((p) => p.message.length))).toBeLessThan(1000);
      rmSync(root, { recursive: true, force: true });
    },
    60_000,
  );
});
