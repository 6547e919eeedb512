/**
 * Real builds (`node scripts/build.ts`) of bad input: each fails with its exact errors, prints no
 * planted sensitive value, and leaves the last good site byte for byte as it was. The whole
 * corpus goes through loadSite() in test/whole/corpus.test.ts; here a handful of cases, one of
 * each way a build can fail (the CSV format, the encoding, a cell, the privacy guard, a huge
 * file, a disguised number in a cell and in the narrative, the narrative, a facts file, a named
 * pipe, and the output scan after a complete build), prove the guarantee end to end.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  corpusCases,
  expectedErrors,
  makeCaseRoot,
  PLANTED,
  PROJECT_DIR,
} from '../corpus/corpus.ts';
import { WITHHELD_FOLDER_MESSAGE } from '../../src/lib/dataset/load.ts';
import { runBuild, siteFiles } from './helpers.ts';

const WORK = resolve('.build/e2e/corpus');
const OUT = join(WORK, 'site');

function build(root: string) {
  return runBuild({ root, out: OUT, cache: join(WORK, 'cache') });
}

/** A hash of every file's path and bytes: any change to the site changes it. */
function siteHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of siteFiles(dir)) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

let goodHash = '';

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const good = build(makeCaseRoot(join(WORK, 'good')));
  expect(good.code, good.output).toBe(0);
  goodHash = siteHash(OUT);
});

const byName = new Map(corpusCases().map((c) => [c.name, c]));
const REAL_BUILDS = [
  '03-unclosed-quote',
  '07-semicolon-delimiter',
  '10-binary-junk',
  '13-utf16le-bom',
  '20-unmasked-name',
  '21-id-card-number',
  '37-executed-does-not-reconcile',
  '52-cases-zero-width-between-digits',
  '57-narrative-mobile-split-by-emphasis',
  '70-unknown-component',
  '77-expression-in-narrative',
  '78-mdx-syntax-error',
  '81-wrong-type-in-site-yaml',
  '89-named-pipe',
  '90-fifty-megabyte-cell',
  '100-unknown-placeholder',
  '110-phone-split-across-cells',
  '114-svg-narrative-image',
];

describe('a build of malformed data', () => {
  it.each(REAL_BUILDS)(
    '%s: fails with its exact errors and leaves the last good site untouched',
    (name) => {
      const root = makeCaseRoot(join(WORK, name), byName.get(name));
      const { code, output } = build(root);
      expect(code).toBe(1);
      // The build names files relative to the project, where this root is a sub-folder.
      const prefix = `${relative(process.cwd(), root).split(sep).join('/')}/`;
      const lines = output.split('\n');
      for (const error of expectedErrors(name) ?? ['(no expected.txt)']) {
        // A path a message names (an image beside the narrative) is under the root as well.
        const named = error.replace(/(?<=\s)(content|data)\//g, `${prefix}$1/`);
        expect(lines, output).toContain(`${prefix}${named}`);
      }
      expect(output).toContain(
        `构建失败：输出目录 ${relative(process.cwd(), OUT)}/ 保持上一次成功构建的内容`,
      );
      // One line per problem: no stack trace, no compiler's wall of text.
      expect(output, output).not.toMatch(/^\s+at /m);
      for (const value of PLANTED) expect(output).not.toContain(value);
      expect(siteHash(OUT)).toBe(goodHash);
      expect(existsSync(join(WORK, '.site-staging'))).toBe(false);
      // No narrative image but a raster one reaches the site.
      expect(siteFiles(OUT).filter((f) => f.startsWith('_astro/') && f.endsWith('.svg'))).toEqual(
        [],
      );
      rmSync(root, { recursive: true, force: true });
    },
    180_000,
  );
});

describe('a build whose output would show a sensitive value', () => {
  it('fails on a folder name that reads as a number, never printing it, and leaves the last good site', () => {
    const root = makeCaseRoot(join(WORK, 'planted'));
    // A folder name reaches every page of the project-year (its address, its links). The loader
    // reads it as it reads a cell, and says which folder holds it without naming it; the output
    // scan, which would stop it next, is tested on files of every kind in
    // test/unit/output/scan.test.ts.
    const slug = 'demo-138-1234-5678';
    renameSync(join(root, 'data/2024/demo'), join(root, 'data/2024', slug));
    renameSync(join(root, 'content/2024/demo'), join(root, 'content/2024', slug));
    const { code, output } = build(root);
    expect(code, output).toBe(1);
    const prefix = `${relative(process.cwd(), root).split(sep).join('/')}/`;
    expect(output.split('\n')).toContain(`${prefix}data/2024/: ${WITHHELD_FOLDER_MESSAGE}`);
    for (const value of [...PLANTED, slug, '1234-5678']) expect(output).not.toContain(value);
    expect(siteHash(OUT)).toBe(goodHash);
  });

  it('rebuilds the good data afterwards as if nothing had happened', () => {
    const { code, output } = build(makeCaseRoot(join(WORK, 'again')));
    expect(code, output).toBe(0);
    expect(existsSync(join(OUT, '2024/demo/index.html'))).toBe(true);
    expect(
      readFileSync(join(OUT, `${PROJECT_DIR.replace('data/', '')}/cases.csv`), 'utf8'),
    ).toContain('罗某厚');
  });
});
