import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/lib/content/suggest.ts';

const NAMES = ['Measure', 'Grade', 'Budget', '群众满意率', '化解信访积案数'];
const angle = (s: string) => `<${s}>`;

describe('suggest(value, names, show)', () => {
  it.each([
    ['Mesure', '（是否应为 <Measure>？）'],
    ['measure', '（是否应为 <Measure>？）'],
    ['Grdae', '（是否应为 <Grade>？）'],
    ['Bugdet', '（是否应为 <Budget>？）'],
    ['群众满意度', '（是否应为 <群众满意率>？）'],
    ['满意率', '（是否应为 <群众满意率>？）'],
    ['化解信访积案数（件）', '（是否应为 <化解信访积案数>？）'],
    ['Chart', ''],
    ['x', ''],
    ['', ''],
    ['率', ''],
  ])('suggest(%j) is %j', (value, hint) => {
    expect(suggest(value, NAMES, angle)).toBe(hint);
  });

  it('suggests nothing from an empty list', () => {
    expect(suggest('Measure', [], angle)).toBe('');
  });

  it('suggests nothing when a short name is inside more than one name', () => {
    expect(suggest('满意', ['群众满意率', '服务满意率'], angle)).toBe('');
  });

  it('counts a swap of two neighbours as one edit, by code point', () => {
    expect(suggest('nmae', ['name', 'unit'], (s) => s)).toBe('（是否应为 name？）');
    expect(suggest('𝟏𝟐', ['𝟐𝟏'], (s) => s)).toBe('（是否应为 𝟐𝟏？）');
  });
});
