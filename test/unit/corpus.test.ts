/**
 * The bad-input corpus (test/corpus/) through loadSite(), the code the build's loader runs: every
 * malformed file yields exactly its expected errors, in the build's `file:line: column: message`
 * form, and never an exception; no message repeats a planted sensitive value. Real builds of a
 * few of these cases, proving the last good site is left untouched, are in test/e2e/corpus.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorLines } from '../../src/lib/dataset/summary.ts';
import { loadSite } from '../../src/lib/site.ts';
import {
  changedFile,
  corpusCases,
  expectedErrors,
  makeCaseRoot,
  PLANTED,
} from '../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases = corpusCases();

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
      const expected = expectedErrors(name);
      if (expected === undefined || JSON.stringify(errors) !== JSON.stringify(expected)) {
        writeFileSync(changedFile(name), `${errors.join('\n')}\n`);
      }
      expect(errors.length).toBeGreaterThan(0);
      expect(errors).toEqual(expected);
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
