/**
 * The search index over every year (the site's search box, src/scripts/search-ui.ts).
 *
 * Numbers — 案件编号 and 拨付编号 — are looked up
 * exactly, in shards chosen by the key's hash: each project-year's loader writes its records
 * grouped by fine bucket into one file (`search-ids.txt`, one JSON array per line) and keeps the
 * byte offset of each bucket, and the build reads, for each shard, only that shard's buckets of
 * every project-year. A record is `[key, kind, year index, page, id?]`: kind `c` a case, `p` a
 * payment; the ledger page and row anchor follow from it. Nothing of a petitioner is indexed:
 * not the masked 信访人, and not the 信访人编号, even hashed — a digest of a short number is
 * reversed by trying every number, and records keyed by it would group the cases of one
 * person, which no page shows (docs/privacy-publishing.md).
 */
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { FINE_BUCKETS, keyHash, normalizeKey } from './search-key.ts';

export type SearchKind = 'c' | 'p';

/** What the lookup records need of a ledger row: its 案件编号 or 拨付编号, first. */
export interface RowKey {
  readonly 0: string;
}

/** A project-year's lookup records as its ledger index keeps them. */
export const searchIdsSchema = z.strictObject({
  records: z.int().nonnegative(),
  /** Byte offset of each fine bucket in `search-ids.txt`, and the file's length last. */
  offsets: z.array(z.int().nonnegative()).length(FINE_BUCKETS + 1),
});

export type SearchIds = z.output<typeof searchIdsSchema>;

export const SEARCH_IDS_FILE = 'search-ids.txt';

/** One line of search-ids.txt: `[key, kind, page, id]`, id left out when it equals the key. */
function line(key: string, kind: SearchKind, page: number, id: string): string {
  return JSON.stringify(key === id ? [key, kind, page] : [key, kind, page, id]);
}

/** Writes a project-year's lookup records beside its ledger pages. */
export async function writeSearchIds(
  dir: string,
  cases: readonly RowKey[],
  payments: readonly RowKey[],
  pageSize: number,
): Promise<SearchIds> {
  const buckets: string[][] = Array.from({ length: FINE_BUCKETS }, () => []);
  let records = 0;
  const add = (key: string, kind: SearchKind, page: number, id: string) => {
    if (key === '') return;
    (buckets[keyHash(key) & (FINE_BUCKETS - 1)] as string[]).push(line(key, kind, page, id));
    records++;
  };
  cases.forEach((c, i) => add(normalizeKey(c[0]), 'c', Math.floor(i / pageSize) + 1, c[0]));
  payments.forEach((p, i) => add(normalizeKey(p[0]), 'p', Math.floor(i / pageSize) + 1, p[0]));
  const offsets: number[] = [];
  const chunks: Buffer[] = [];
  let at = 0;
  for (const bucket of buckets) {
    offsets.push(at);
    bucket.sort();
    const bytes = Buffer.from(bucket.map((l) => `${l}\n`).join(''), 'utf8');
    chunks.push(bytes);
    at += bytes.length;
  }
  offsets.push(at);
  await writeFile(join(dir, SEARCH_IDS_FILE), Buffer.concat(chunks));
  return { records, offsets };
}

/** A project-year as the shard reader needs it: its ledger folder and bucket offsets. */
export interface SearchSource {
  dir: string;
  ids: SearchIds;
}

/**
 * Shard `shard` of `shards` as JSON text: the records of every project-year (`sources`, in the
 * order of the index's year list) whose bucket falls in it, a record per line, in a fixed order.
 */
export async function readShard(
  sources: readonly SearchSource[],
  shard: number,
  shards: number,
): Promise<string> {
  const lines: string[] = [];
  for (const [index, source] of sources.entries()) {
    const file = await open(join(source.dir, SEARCH_IDS_FILE), 'r');
    try {
      for (let b = shard; b < FINE_BUCKETS; b += shards) {
        const from = source.ids.offsets[b] as number;
        const length = (source.ids.offsets[b + 1] as number) - from;
        if (length === 0) continue;
        const buffer = Buffer.alloc(length);
        await file.read(buffer, 0, length, from);
        for (const text of buffer.toString('utf8').split('\n')) {
          if (text === '') continue;
          const [key, kind, page, id] = JSON.parse(text) as [string, SearchKind, number, string?];
          lines.push(
            JSON.stringify(
              id === undefined ? [key, kind, index, page] : [key, kind, index, page, id],
            ),
          );
        }
      }
    } finally {
      await file.close();
    }
  }
  return `[\n${lines.join(',\n')}\n]\n`;
}

/** MDX as the words a reader sees: tags, comments, braces and Markdown marks removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\{"([^"]*)"\}/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:#+|>|[-+*]|\d+\.)[ \t]+/gm, '')
    .replace(/[*_~`]+/g, '')
    .replace(/-{3,}|\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
