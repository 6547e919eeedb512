/**
 * prefetchSite() and loadSiteOnce(): a build starts loading the site early and the content
 * loader takes that load, once, when its options are equal.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteOnce, prefetchSite } from '../../../src/lib/pipeline/prefetch.ts';

const SAMPLE = { root: process.cwd(), dataDir: 'data', contentDir: 'content', workers: 1 };

describe('prefetchSite(options) and loadSiteOnce(options)', () => {
  it('hands the prefetched load to the first equal request only, whatever the key order', async () => {
    prefetchSite(SAMPLE);
    const reordered = { workers: 1, contentDir: 'content', dataDir: 'data', root: process.cwd() };
    const first = loadSiteOnce(reordered);
    const second = loadSiteOnce(reordered);
    expect(first).not.toBe(second);
    expect(await first).toStrictEqual(await second);
  });

  it('loads afresh when the options differ from the prefetched ones', async () => {
    prefetchSite({ ...SAMPLE, dataDir: 'no-such-folder' });
    const site = await loadSiteOnce(SAMPLE);
    expect(site.projectYears.map((p) => p.id)).toEqual([
      '2022/jiean-huajie',
      '2023/jiean-huajie',
      '2023/xinfang-jiuzhu',
      '2024/jiean-huajie',
      '2024/xinfang-jingfei',
      '2024/xinfang-jiuzhu',
    ]);
    // The prefetched one is still there for its own options, and its failure is its own.
    const other = await loadSiteOnce({ ...SAMPLE, dataDir: 'no-such-folder' });
    expect(other.projectYears).toEqual([]);
    expect(other.problems.map((p) => p.file)).toContain('no-such-folder');
  });
});
