/**
 * The test tree mirrors the code: test/unit/<room>/<module>.test.ts for src/lib/<room>/<module>.ts,
 * and test/unit/<folder>/<module>.test.ts for src/<folder>/<module>.ts or scripts/<module>.ts
 * outside src/lib. Every module of src/lib has its test file, and every test file of test/unit
 * has its module, so the rule holds as modules are added, split, moved or removed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIB = join(ROOT, 'src/lib');
const UNIT = join(ROOT, 'test/unit');

/** Files under `dir` whose names end in `suffix`, as paths relative to `dir`, sorted. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/** The module a test file of test/unit is for, or undefined when there is none. */
function mirroredModule(test: string, root = ROOT): string | undefined {
  if (test.split('/').includes('..')) return undefined;
  const path = test.replace(/\.test\.ts$/, '.ts');
  const candidates = [`src/lib/${path}`, `src/${path}`, path.startsWith('scripts/') ? path : ''];
  return candidates.find((c) => c !== '' && existsSync(join(root, c)));
}

/** Project paths of the .ts files a file names in quotes (imports, worker script URLs). */
function namedFiles(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/['"](\.\.?\/[^'"]+\.ts)['"]/g)].map((m) =>
    relative(ROOT, resolve(ROOT, dirname(file), m[1] ?? ''))
      .split('\\')
      .join('/'),
  );
}

const modules = filesUnder(LIB, '.ts');
// Helpers shared by test files are not tests of a module.
const tests = filesUnder(UNIT, '.test.ts').filter((t) => !t.startsWith('support/'));

describe('the test tree', () => {
  it('reads the real trees (so the checks below run over something)', () => {
    expect(modules.length).toBeGreaterThan(50);
    expect(tests.length).toBeGreaterThan(50);
  });

  it('has a test file test/unit/<room>/<module>.test.ts for every module of src/lib', () => {
    const missing = modules
      .map((m) => `test/unit/${m.replace(/\.ts$/, '.test.ts')}`)
      .filter((t) => !existsSync(join(ROOT, t)));
    expect(missing).toEqual([]);
  });

  it('has no test file in test/unit that mirrors no module (cross-module checks live in test/whole)', () => {
    const orphans = tests.filter((t) => mirroredModule(t) === undefined);
    expect(orphans).toEqual([]);
  });

  it('has each test file of test/unit load the module it mirrors (itself or through a helper of test/unit/support)', () => {
    const unused = tests.filter((t) => {
      const module = mirroredModule(t);
      const named = namedFiles(join('test/unit', t));
      const helpers = named.filter((f) => f.startsWith('test/unit/support/'));
      return module !== undefined && ![...named, ...helpers.flatMap(namedFiles)].includes(module);
    });
    expect(unused).toEqual([]);
  });

  it('keeps no test file loose at the top of test/unit', () => {
    expect(tests.filter((t) => !t.includes('/'))).toEqual([]);
  });

  it('keeps src/lib in rooms: no module loose at its top', () => {
    expect(modules.filter((m) => !m.includes('/'))).toEqual([]);
  });
});

describe('src/lib', () => {
  it('reads no environment and no command line: settings come in as arguments (docs/settings.md)', () => {
    const reading = modules.filter((m) =>
      /\bprocess\s*(\.\s*|\[\s*['"])(env|argv)\b/.test(readFileSync(join(LIB, m), 'utf8')),
    );
    expect(reading).toEqual([]);
  });
});

describe('mirroredModule(test)', () => {
  it.each([
    ['read/csv.test.ts', 'src/lib/read/csv.ts'],
    ['pipeline/site-worker.test.ts', 'src/lib/pipeline/site-worker.ts'],
    ['charts/render.test.ts', 'src/charts/render.ts'],
    ['integrations/publish.test.ts', 'src/integrations/publish.ts'],
    ['loaders/paths.test.ts', 'src/loaders/paths.ts'],
  ])('maps %s to %s', (test, module) => {
    expect(mirroredModule(test)).toBe(module);
  });

  it.each([
    ['a file named after no module', 'report/small.test.ts'],
    ['a module in the wrong room', 'dataset/links.test.ts'],
    ['a file loose at the top', 'format.test.ts'],
    ['a path that climbs out of the tree onto a real file', '../../vitest.config.test.ts'],
  ])('finds nothing for %s (%s)', (_, test) => {
    expect(mirroredModule(test)).toBeUndefined();
  });
});
