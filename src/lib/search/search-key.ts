/**
 * The search index's lookup keys, shared by the build and the browser: a typed case, payment or
 * petitioner number is normalised the same way on both sides and hashed to the shard that holds
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

/**
 * A petitioner number is never written into the index: only this digest of it (53 bits, shown
 * as base 36), so the index lists no petitioner numbers, which no page shows either.
 */
export function petitionerDigest(key: string): string {
  let h1 = 0xdeadbeef ^ 0x5eed;
  let h2 = 0x41c6ce57 ^ 0x5eed;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `#${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Shards for `records` records: a power of two, 1 … FINE_BUCKETS. */
export function shardCount(records: number): number {
  let n = 1;
  while (n < FINE_BUCKETS && records > n * RECORDS_PER_SHARD) n *= 2;
  return n;
}

/** The shard holding a key (already normalised; a petitioner's digest for a petitioner). */
export function shardOf(key: string, shards: number): number {
  return keyHash(key) & (shards - 1);
}

/** The anchor of a ledger row: `c-` a case, `p-` a payment, then its number as written. */
export function rowAnchor(kind: 'c' | 'p', id: string): string {
  return `${kind}-${id}`;
}
