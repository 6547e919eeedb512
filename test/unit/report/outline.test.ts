/**
 * The report outline (参考提纲): eleven sections in the order of the standard, seven at the top
 * and four under 四, each with its own key and prose file; headings numbered as the outline
 * numbers them, in the bureau's own words where project.yaml renames them.
 * (Renaming through project.yaml itself is tested in content/facts-schema.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED_PROSE,
  LAYOUT_HEADINGS,
  layoutHeading,
  numberedHeading,
  SECTIONS,
  sectionTitle,
  subSections,
  TOP_SECTIONS,
} from '../../../src/lib/report/outline.ts';

const section = (key: string) => {
  const found = SECTIONS.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};

describe('SECTIONS', () => {
  it('numbers seven top sections 一 to 七 and four parts of 四 （一） to （四）', () => {
    expect(TOP_SECTIONS.map((s) => s.number).join('')).toBe('一二三四五六七');
    expect(subSections('fenxi').map((s) => [s.key, s.number])).toEqual([
      ['juece', '（一）'],
      ['guocheng', '（二）'],
      ['chanchu', '（三）'],
      ['xiaoyi', '（四）'],
    ]);
    expect(SECTIONS).toHaveLength(11);
  });

  it('gives every section its own key and prose file, numbered in reading order', () => {
    expect(new Set(SECTIONS.map((s) => s.key)).size).toBe(SECTIONS.length);
    // 01 … 07 for the top sections, 04-1 … 04-4 for the parts of 四; the key in the name.
    expect(SECTIONS.map((s) => s.file)).toEqual([
      '01-jiben.mdx',
      '02-pingjia.mdx',
      '03-jielun.mdx',
      '04-fenxi.mdx',
      '04-1-juece.mdx',
      '04-2-guocheng.mdx',
      '04-3-chanchu.mdx',
      '04-4-xiaoyi.mdx',
      '05-jingyan.mdx',
      '06-jianyi.mdx',
      '07-qita.mdx',
    ]);
  });

  it('expects prose for every section but 四, whose own file is an optional lead-in', () => {
    expect(EXPECTED_PROSE.map((s) => s.key)).toEqual(
      SECTIONS.map((s) => s.key).filter((k) => k !== 'fenxi'),
    );
  });

  it('has no parts under a section that is not 四', () => {
    for (const s of SECTIONS.filter((x) => x.key !== 'fenxi'))
      expect(subSections(s.key), s.key).toEqual([]);
    expect(subSections('')).toEqual([]);
  });
});

describe('numberedHeading(section, headings) and sectionTitle(section, headings)', () => {
  it.each<[string, Record<string, string> | undefined, string]>([
    ['jiben', undefined, '一、基本情况'],
    ['jiben', {}, '一、基本情况'],
    ['jiben', { jiben: '预算支出基本情况' }, '一、预算支出基本情况'],
    ['guocheng', undefined, '（二）项目过程情况'],
    ['guocheng', { guocheng: '预算执行过程情况' }, '（二）预算执行过程情况'],
    ['qita', { jiben: '别的' }, '七、其他需要说明的问题'],
  ])('%s with %j → %s', (key, headings, heading) => {
    expect(numberedHeading(section(key), headings)).toBe(heading);
  });

  it('gives the title without its number', () => {
    expect(sectionTitle(section('jianyi'))).toBe('有关建议');
    expect(sectionTitle(section('jianyi'), { jianyi: '建议' })).toBe('建议');
  });
});

describe('layoutHeading(key, headings)', () => {
  it.each<[string, Record<string, string> | undefined, string]>([
    ['gaikuang', undefined, '（一）项目概况'],
    ['mubiao', undefined, '（二）项目绩效目标'],
    ['gaikuang', { gaikuang: '预算支出概况' }, '（一）预算支出概况'],
  ])('%s with %j → %s', (key, headings, heading) => {
    expect(layoutHeading(key, headings)).toBe(heading);
  });

  it.each(['jiben', '', 'constructor', '__proto__', 'GAIKUANG'])(
    'refuses %j, which is no layout sub-heading',
    (key) => {
      expect(() => layoutHeading(key)).toThrow(`没有版面小标题“${key}”`);
    },
  );

  it('has the two sub-headings 一 writes itself', () => {
    expect(LAYOUT_HEADINGS.map((h) => h.key)).toEqual(['gaikuang', 'mubiao']);
  });
});
