import { describe, expect, it } from 'vitest';
import type { SiteDiff } from '../../../src/lib/diff/compare.ts';
import type { FigureChange } from '../../../src/lib/diff/figures.ts';
import { diffJson } from '../../../src/lib/diff/json.ts';

const info = { id: '2024/demo', year: 2024, slug: 'demo', name: '演示项目' };
const files = { changed: [], added: [], removed: [], same: 0 };

function diffOf(figures: FigureChange[]): SiteDiff {
  return {
    old: 'old/',
    new: 'new/',
    added: [],
    removed: [],
    changed: [{ ...info, figures, records: [], sections: [], files }],
    unchanged: [],
    otherFiles: files,
    units: [],
  };
}

const money = (old: number | undefined, now: number | undefined): FigureChange => ({
  key: 'funding/本年财政拨款/executed',
  group: '资金情况',
  name: '本年财政拨款 全年执行数',
  old,
  new: now,
  format: { kind: 'money' },
  oldText: '',
  newText: '',
});

describe('diffJson(diff)', () => {
  it.each<[number | undefined, number | undefined, number | undefined, number | undefined]>([
    [768_697_900, 768_397_900, 7_686_979, 7_683_979],
    [1, -1, 0.01, -0.01],
    [123_456_789_012_345, 0, 1_234_567_890_123.45, 0],
    [undefined, 29, undefined, 0.29],
  ])('writes an amount of %s → %s 分 as %s → %s 元, as report.json does', (o, n, oy, ny) => {
    const figure = JSON.parse(diffJson(diffOf([money(o, n)]))).changed[0].figures[0];
    expect(figure.old).toBe(oy);
    expect(figure.new).toBe(ny);
    expect(figure.format).toEqual({ kind: 'yuan' });
  });

  it('leaves counts, rates and texts as they are, and ends with a newline', () => {
    const count: FigureChange = {
      key: 'measure/积案总数',
      group: '计算口径',
      name: '积案总数',
      old: 270,
      new: 271,
      format: { kind: 'count', unit: '件' },
      oldText: '270件',
      newText: '271件',
      change: '+1件',
    };
    const text = diffJson(diffOf([count]));
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).changed[0].figures).toEqual([count]);
  });

  it('keeps everything else of the comparison', () => {
    const diff = diffOf([]);
    expect(JSON.parse(diffJson(diff))).toEqual(JSON.parse(JSON.stringify(diff)));
  });
});
