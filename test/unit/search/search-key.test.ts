import { describe, expect, it } from 'vitest';
import {
  FINE_BUCKETS,
  keyHash,
  normalizeKey,
  RECORDS_PER_SHARD,
  shardCount,
} from '../../../src/lib/search/search-key.ts';

describe('normalizeKey(text)', () => {
  it.each([
    ['xf2019-0032', 'XF2019-0032'],
    ['  XF2019-0032\t', 'XF2019-0032'],
    ['ＸＦ２０１９－００３２', 'XF2019-0032'],
    ['', ''],
  ])('%j → %j', (text, key) => expect(normalizeKey(text)).toBe(key));
});

describe('shardCount(records)', () => {
  it.each([
    [0, 1],
    [RECORDS_PER_SHARD, 1],
    [RECORDS_PER_SHARD + 1, 2],
    [4_000_000, 1024],
    [100_000_000, FINE_BUCKETS],
  ])('%i records → %i shards', (records, shards) => expect(shardCount(records)).toBe(shards));
});

describe('keyHash(key)', () => {
  it('is a fixed value (the browser computes the same one)', () => {
    expect(keyHash('')).toBe(0x811c9dc5);
    expect(keyHash('XF2019-0032')).toBe(keyHash('XF2019-0032'));
    expect(keyHash('XF2019-0032')).not.toBe(keyHash('XF2019-0033'));
  });
});
