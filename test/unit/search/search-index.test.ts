import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseRow, paymentRow } from '../support/ledger-rows.ts';
import {
  plainText,
  readShard,
  SEARCH_IDS_FILE,
  writeSearchIds,
} from '../../../src/lib/search/search-index.ts';
import { FINE_BUCKETS, shardOf } from '../../../src/lib/search/search-key.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

type Rec = [string, string, number, number, string?];

async function allRecords(
  dirsOf: string[],
  shards: number,
  ids: Awaited<ReturnType<typeof writeSearchIds>>[],
) {
  const sources = dirsOf.map((dir, i) => ({ dir, ids: ids[i] as (typeof ids)[number] }));
  const records: Rec[][] = [];
  for (let s = 0; s < shards; s++)
    records.push(JSON.parse(await readShard(sources, s, shards)) as Rec[]);
  return records;
}

describe('writeSearchIds(dir, cases, payments, pageSize) and readShard(sources, shard, shards)', () => {
  it('finds every case and payment on its page, in exactly the shard its key names', async () => {
    const cases = Array.from({ length: 250 }, (_, i) =>
      caseRow(`XF2024-${String(i + 1).padStart(4, '0')}`),
    );
    const payments = Array.from({ length: 120 }, (_, i) => paymentRow(`bf2024-${i + 1}`));
    const dir = tempDir();
    const ids = await writeSearchIds(dir, cases, payments, 100);
    expect(ids.records).toBe(250 + 120);
    expect(ids.offsets).toHaveLength(FINE_BUCKETS + 1);
    const file = readFileSync(join(dir, SEARCH_IDS_FILE), 'utf8');
    expect(Buffer.byteLength(file)).toBe(ids.offsets[FINE_BUCKETS]);
    expect(file).not.toContain('罗某厚');

    for (const shards of [1, 4, 64]) {
      const byShard = await allRecords([dir], shards, [ids]);
      expect(byShard.flat()).toHaveLength(ids.records);
      for (const [s, records] of byShard.entries())
        for (const [key] of records) expect(shardOf(key, shards)).toBe(s);
      const find = (key: string) => byShard[shardOf(key, shards)]?.filter((r) => r[0] === key);
      expect(find('XF2024-0250')).toEqual([['XF2024-0250', 'c', 0, 3]]);
      expect(find('XF2024-0100')).toEqual([['XF2024-0100', 'c', 0, 1]]);
      expect(find('XF2024-0101')).toEqual([['XF2024-0101', 'c', 0, 2]]);
      // A payment number written in lower case is found by its key, shown as written.
      expect(find('BF2024-120')).toEqual([['BF2024-120', 'p', 0, 2, 'bf2024-120']]);
      // Two kinds only: nothing is keyed by, or groups cases of, a petitioner.
      expect(new Set(byShard.flat().map((r) => r[1]))).toEqual(new Set(['c', 'p']));
    }
  });

  it('numbers the sources in the order given, and gives the same bytes twice', async () => {
    const a = tempDir();
    const b = tempDir();
    const ia = await writeSearchIds(a, [caseRow('A-1')], [], 100);
    const ib = await writeSearchIds(b, [caseRow('A-1')], [], 100);
    const [records] = await allRecords([a, b], 1, [ia, ib]);
    expect(records).toEqual([
      ['A-1', 'c', 0, 1],
      ['A-1', 'c', 1, 1],
    ]);
    expect(readFileSync(join(a, SEARCH_IDS_FILE))).toEqual(readFileSync(join(b, SEARCH_IDS_FILE)));
  });
});

describe('plainText(mdx)', () => {
  it.each([
    ['## 标题\n\n**资金**用于 <Measure name="化解率" /> 的积案。', '标题 资金用于 的积案。'],
    ['{/* 注释 */}正文{" "}继续', '正文 继续'],
    ['[链接文字](https://example.org) 与 ![图](./a.png)', '链接文字 与 图'],
    ['| 列 | 值 |\n|---|---|\n| 甲 | 1 |', '列 值 甲 1'],
    ['- 案件 XF2024-0032 已化解\n1. 第二条', '案件 XF2024-0032 已化解 第二条'],
  ])('%j → %j', (mdx, text) => expect(plainText(mdx)).toBe(text));
});
