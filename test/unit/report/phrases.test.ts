import { describe, expect, it } from 'vitest';
import { titlePhrases } from '../../../src/lib/report/phrases.ts';

describe('titlePhrases(title, names)', () => {
  it.each([
    [
      '示例区信访局2024年度项目支出绩效单位自评报告',
      [],
      ['示例', '区信访局', '2024年度', '项目', '支出', '绩效', '单位', '自评', '报告'],
    ],
    [
      '2024年度信访积案化解专项资金绩效自评报告',
      [],
      ['2024年度', '信访积案', '化解', '专项', '资金', '绩效', '自评', '报告'],
    ],
    ['项目支出绩效自评表（2024年度）', [], ['项目', '支出', '绩效', '自评表', '（2024年度）']],
    ['附件1：信访积案化解专项资金', [], ['附件1：', '信访积案', '化解', '专项', '资金']],
    ['合计（3个项目）', [], ['合计', '（3个项目）']],
    // A run of unknown characters stops at a name: 局 stays with 资源, not with 信访积案.
    ['区自然资源局信访积案清单', [], ['区自然', '资源', '局信访积案', '清单']],
    ['区自然资源局信访积案清单', ['区自然资源局'], ['区自然', '资源局', '信访积案', '清单']],
  ])('%s (names %j) → %j', (title, names, phrases) => {
    expect(titlePhrases(title, names)).toEqual(phrases);
  });

  it('titlePhrases(title) joins back to the title, whatever it holds', () => {
    for (const title of [
      '五、主要经验及做法、存在的问题及原因分析',
      '“示例”2024',
      '（',
      '）结尾',
      'Report 2024 年度 a.b',
      '表',
      '2024',
      '区住建局（含 3 个单位）与上年对比',
    ])
      expect(titlePhrases(title, ['区住建局', '', '.*']).join('')).toBe(title);
  });

  it('titlePhrases("") is empty; a lone character or number is never a phrase of its own', () => {
    expect(titlePhrases('')).toEqual([]);
    expect(titlePhrases('表')).toEqual(['表']);
    const phrases = titlePhrases('2024年度信访救助资金与上年对比');
    expect(phrases).toContain('与上年');
    expect(phrases).not.toContain('2024');
  });
});
