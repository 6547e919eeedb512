/**
 * A project-year on two threads (src/lib/pipeline/aside.ts) gives exactly what one thread gives:
 * the same records, counts, totals and problems for the bundled sample and every case of the
 * bad-input corpus (damaged, missing, not a file, GB18030 …), and the same model and ledger
 * files byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover, loadProjectYear } from '../../../src/lib/dataset/load.ts';
import { startAside } from '../../../src/lib/pipeline/aside.ts';
import { buildProjectYear } from '../../../src/lib/pipeline/project-year.ts';
import { corpusCases, makeCaseRoot } from '../../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-aside-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function readBothWays(root: string): Promise<number> {
  const { refs } = await discover(root);
  for (const ref of refs) {
    const aside = startAside();
    try {
      const two = await loadProjectYear(root, ref, aside.readSpending);
      expect(two, ref.dir).toStrictEqual(await loadProjectYear(root, ref));
    } finally {
      await aside.close();
    }
  }
  return refs.length;
}

/** Every file under `dir`, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), readFileSync(path));
  }
  return out;
}

describe('loadProjectYear(root, ref, aside.readSpending)', () => {
  it('gives the same data for every project-year of the bundled sample', async () => {
    expect(await readBothWays(process.cwd())).toBe(6);
  });

  it.each(corpusCases().map((c) => [c.name, c] as const))(
    'gives the same records and problems for corpus case %s',
    async (name, corpusCase) => {
      await readBothWays(makeCaseRoot(join(work, name), corpusCase));
    },
  );
});

describe('buildProjectYear({ sideBySide: true })', () => {
  it.each([
    [1000, '2024/jiean-huajie'],
    [7, '2024/jiean-huajie'],
    [7, '2023/xinfang-jiuzhu'],
  ])(
    'writes the same model and ledger files as one thread (page size %i, %s)',
    async (pageSize, id) => {
      const { refs } = await discover(process.cwd());
      const ref = refs.find((r) => `${r.year}/${r.slug}` === id);
      if (ref === undefined) throw new Error(`no ${id} in the sample`);
      const job = { root: process.cwd(), ref, name: '示例项目', pageSize };
      const dirOne = join(work, `one-${pageSize}-${ref.slug}`);
      const dirTwo = join(work, `two-${pageSize}-${ref.slug}`);
      const one = await buildProjectYear({ ...job, ledgerDir: dirOne });
      const two = await buildProjectYear({ ...job, ledgerDir: dirTwo, sideBySide: true });
      expect(two.problems).toStrictEqual(one.problems);
      expect(two.files).toStrictEqual(one.files);
      const { ledger: ledgerTwo, ...modelTwo } = two.built ?? {};
      const { ledger: ledgerOne, ...modelOne } = one.built ?? {};
      expect(modelTwo).toStrictEqual(modelOne);
      expect({ ...ledgerTwo, dir: '' }).toStrictEqual({ ...ledgerOne, dir: '' });
      expect(ledgerOne?.payments.pages).toBeGreaterThan(pageSize === 7 ? 1 : 0);
      const a = files(dirOne);
      const b = files(dirTwo);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
    },
  );
});
