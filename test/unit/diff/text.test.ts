import { describe, expect, it } from 'vitest';
import { hunkText, textHunks } from '../../../src/lib/diff/text.ts';

describe('textHunks(before, after) and hunkText(hunk)', () => {
  it('finds changed Chinese words, with context cut at a dozen characters', () => {
    const before =
      '资金使用实行逐案审批：责任单位提出化解方案并填报呈批单，区信访局审核案情和金额。';
    const after =
      '资金使用实行逐案审批：责任单位提出化解方案并如实填报呈批单，区信访局审核案情和金额。';
    expect(textHunks(before, after).map(hunkText)).toEqual([
      '…：责任单位提出化解方案并{+如实+}填报呈批单，区信访局审核…',
    ]);
  });

  it('merges changes close together into one hunk and keeps distant ones apart', () => {
    const before =
      '一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。天地玄黄宇宙洪荒。';
    const after =
      '一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。天地玄黄宇宙洪荒！';
    expect(textHunks(before, after).map(hunkText)).toEqual([
      '…酉戌亥。天地玄黄宇宙洪荒[-。-]{+！+}',
    ]);
    const near = textHunks('甲说好。乙说好。', '甲说不好。乙说很好。').map(hunkText);
    expect(near).toHaveLength(1);
  });

  it('shows a new paragraph, and marks a line break ⏎', () => {
    expect(textHunks('（待填写）', '无。').map(hunkText)).toEqual(['[-（待填写）-]{+无。+}']);
    expect(textHunks('', '第一段。\n第二段。').map(hunkText)).toEqual(['{+第一段。⏎第二段。+}']);
  });

  it('finds nothing when only whitespace changed', () => {
    expect(textHunks('甲 乙', '甲  乙')).toEqual([]);
  });
});
