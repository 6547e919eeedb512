import { describe, expect, it } from 'vitest';
import { fileSummarySchema } from '../../../src/lib/dataset/files-schema.ts';
import { loadProjectYear } from '../../../src/lib/dataset/load.ts';
import { keyOrder } from '../support/keys.ts';

/** The paths of a failed parse. */
function failsAt(value: unknown): string[] {
  const result = fileSummarySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('fileSummarySchema', () => {
  it('parses the summaries of the sample’s files (GB18030, UTF-8 with BOM, a 合计 row) unchanged', async () => {
    const data = await loadProjectYear(process.cwd(), {
      year: 2024,
      slug: 'jiean-huajie',
      dir: 'data/2024/jiean-huajie',
    });
    expect(data.files.map((f) => f.encoding)).toEqual(['UTF-8', 'UTF-8 (BOM)', 'GB18030', 'UTF-8']);
    for (const summary of data.files) {
      const parsed = fileSummarySchema.parse(summary);
      expect(parsed).toStrictEqual(summary);
      expect(keyOrder(parsed)).toEqual(keyOrder(summary));
    }
  });

  const valid = {
    file: 'data/2024/demo/cases.csv',
    counts: { rows: 3, records: 2, blank: 1, total: 0, invalid: 0 },
    unknownColumns: ['序号'],
    totals: { amount: 150_050 },
  };

  it('parses a summary without an encoding (a file that could not be read)', () => {
    expect(fileSummarySchema.parse(valid)).toStrictEqual(valid);
  });

  it.each([
    ['an encoding the reader never names', { encoding: 'latin1' }, 'encoding'],
    ['a negative count', { counts: { ...valid.counts, blank: -1 } }, 'counts.blank'],
    ['a total in 分 that is not whole', { totals: { amount: 0.5 } }, 'totals.amount'],
    ['a count the reader does not keep', { counts: { ...valid.counts, merged: 1 } }, 'counts'],
  ])('refuses %s, at its path', (_what, change, path) => {
    expect(failsAt({ ...valid, ...change })).toContain(path);
  });
});
