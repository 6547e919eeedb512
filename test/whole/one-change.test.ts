/**
 * One change, one text: the change of a figure between two report.json reads the same on the
 * compare page (yoy-text), in `npm run diff` (diff/figures) and, for an indicator bound to a
 * measure, in 主要数据 and in 绩效指标.
 */
import { describe, expect, it } from 'vitest';
import { figureChanges } from '../../src/lib/diff/figures.ts';
import { yearOverYear } from '../../src/lib/model/yoy.ts';
import type { Report } from '../../src/lib/model/report-schema.ts';
import { indicatorRows, measureRows } from '../../src/lib/report/yoy-text.ts';
import { golden, indicatorResult, report } from '../unit/support/reports.ts';

const PAIRS: [string, Report, Report][] = [
  ['积案化解 2023 → 2024', golden(2023, 'jiean-huajie'), golden(2024, 'jiean-huajie')],
  ['积案化解 2022 → 2023', golden(2022, 'jiean-huajie'), golden(2023, 'jiean-huajie')],
  ['信访救助 2023 → 2024', golden(2023, 'xinfang-jiuzhu'), golden(2024, 'xinfang-jiuzhu')],
];

describe.each(PAIRS)('%s', (_, previous, current) => {
  const yoy = yearOverYear(previous, current);
  const diff = new Map(figureChanges(previous, current).map((c) => [c.key, c.change]));
  const measureText = new Map(measureRows(yoy.measures, yoy.wanDecimals).map((r) => [r.label, r]));

  it('diff and the compare page write each rate measure’s change in 个百分点 alike', () => {
    let compared = 0;
    for (const m of yoy.measures.filter((row) => row.kind === 'rate')) {
      const page = measureText.get(m.name)?.delta;
      if (!page || page === '—' || page === '持平') continue;
      expect(diff.get(`measure/${m.name}`), m.name).toBe(page);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('diff and the compare page write each count measure’s change alike', () => {
    let compared = 0;
    for (const m of yoy.measures.filter((row) => row.kind === 'count')) {
      const page = measureText.get(m.name)?.delta;
      if (!page || page === '—' || page === '持平') continue;
      expect(diff.get(`measure/${m.name}`), m.name).toBe(page);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('an indicator bound to a measure changes as the measure does (relative and 个百分点)', () => {
    const rows = indicatorRows(yoy.indicators, yoy.wanDecimals);
    let compared = 0;
    for (const i of current.indicators) {
      const before = previous.indicators.find((p) => p.name === i.name);
      if (!i.measure || before?.measure !== i.measure || before.unit !== i.unit) continue;
      const row = rows.find((r) => r.group === i.name && r.label === '实际完成值');
      const m = measureText.get(i.measure);
      expect(row?.relative, i.name).toBe(m?.relative);
      if (i.unit === '%') expect(row?.delta, i.name).toBe(m?.delta);
      const inDiff = diff.get(`indicator/${i.name}/actual`);
      // The page writes the difference of the two values it shows, `npm run diff` the exact one:
      // they differ by the rounding of the shown values at most (0.01 of the unit).
      if (inDiff !== undefined && row?.delta !== '持平') {
        const number = (text: string | undefined) => Number(/[+-]?[\d.]+/.exec(text ?? '')?.[0]);
        expect(Math.abs(number(inDiff) - number(row?.delta)), i.name).toBeLessThanOrEqual(
          0.01 + 1e-9,
        );
        expect(inDiff.replace(/[+-]?[\d.]+/, ''), i.name).toBe(
          row?.delta?.replace(/[+-]?[\d.]+/, ''),
        );
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('a change that rounds differently from the rounded values', () => {
  // 1/6 (16.67) → 1/3 (33.33): the exact change +16.666… rounds to +16.67, while the shown values
  // differ by 16.66. The page writes what adds up on paper; `npm run diff` the exact change.
  const at = (rate: string, decimal: number, actual: number) => ({
    ...report({
      measures: { 化解率: decimal },
      indicators: [
        indicatorResult({ name: '化解率', unit: '%', measure: '化解率', actual, target: 10 }),
      ],
    }),
    exact: { measures: { 化解率: rate } },
  });
  const before = at('1/6', 1 / 6, 16.67);
  const after = at('1/3', 1 / 3, 33.33);

  it('is the difference of the shown values on the page, the exact change in the diff', () => {
    const yoy = yearOverYear(before, after);
    const [measure] = measureRows(yoy.measures, yoy.wanDecimals);
    const [indicator] = indicatorRows(yoy.indicators, yoy.wanDecimals);
    const diff = new Map(figureChanges(before, after).map((c) => [c.key, c.change]));
    // 33.33% − 16.67% as the table shows them, so that the row adds up on paper.
    expect(measure?.delta).toBe('+16.66个百分点');
    expect(indicator?.delta).toBe('+16.66个百分点');
    expect(diff.get('measure/化解率')).toBe('+16.67个百分点');
    expect(diff.get('indicator/化解率/actual')).toBe('+16.67个百分点');
    expect(measure?.relative).toBe('+100.00%');
    expect(indicator?.relative).toBe('+100.00%');
  });
});
