import { describe, expect, it } from 'vitest';
import { proseOnly } from '../../../src/lib/content/narrative-figures.ts';
import { findStaleFigures } from '../../../src/lib/content/stale-figures.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';

const report = { year: 2024, measures: { 已化解件数: 271, 化解率: 0.9281 } } as unknown as Report;

describe('proseOnly(mdx) keeps only typed prose, line for line', () => {
  it.each([
    ['全年化解 <Measure name="已化解件数" />。', '全年化解 。'],
    ['全年化解{/* 270件 */}积案', '全年化解积案'],
    ['`化解270件`', ''],
    ['<!-- 化解270件 -->', ''],
    ['[化解](./270件.png)', '[化解'],
    ['<span title="化解270件">x</span>', 'x'],
    ['```\n化解270件\n```', '\n\n'],
  ])('%j → %j', (mdx, kept) => {
    const prose = proseOnly(mdx);
    expect(prose).toHaveLength(mdx.length);
    expect(prose.split('\n')).toHaveLength(mdx.split('\n').length);
    expect(prose.replace(/□/g, '')).toBe(kept);
    expect(findStaleFigures(prose, report)).toEqual([]);
  });

  it('leaves a hand-typed figure to be found', () => {
    expect(findStaleFigures(proseOnly('**全年化解积案270件**，化解率92.81%。'), report)).toEqual([
      expect.objectContaining({ typed: '270件', measure: '已化解件数', computed: '271件' }),
    ]);
  });
});
