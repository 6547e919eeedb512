/**
 * The search index's lookup keys, shared by the build and the browser: a typed case or payment
 * number is normalised the same way on both sides and hashed to the shard that holds
 * it, so a lookup fetches one small file whatever the size of the archive.
 */

/** Records are grouped by `hash & (FINE_BUCKETS - 1)`; a shard count always divides it. */
export const FINE_BUCKETS = 1024;

/** Records per shard the build aims at (a shard of ~4,000 records is about 150 KB of JSON). */
export const RECORDS_PER_SHARD = 4000;

/** `xf2019-0032 `, `ＸＦ２０１９－００３２` → `XF2019-0032`. */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').trim().toUpperCase();
}

/** FNV-1a (32 bits) over UTF-16 code units: cheap, and the same in Node and every browser. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Shards for `records` records: a power of two, 1 … FINE_BUCKETS. */
export function shardCount(records: number): number {
  let n = 1;
  while (n < FINE_BUCKETS && records > n * RECORDS_PER_SHARD) n *= 2;
  return n;
}

/** The shard holding a key (already normalised). */
export function shardOf(key: string, shards: number): number {
  return keyHash(key) & (shards - 1);
}

/** The anchor of a ledger row: `c-` a case, `p-` a payment, then its number as written. */
export function rowAnchor(kind: 'c' | 'p', id: string): string {
  return `${kind}-${id}`;
}
