import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/charts/config.ts';
import { chartFigure, chartSvg, figureSvg } from '../../../src/charts/render.ts';
import type { ChartSpec } from '../../../src/lib/report/charts.ts';

function spec(over: Partial<ChartSpec> = {}): ChartSpec {
  return {
    kind: 'monthly',
    title: '资金拨付进度（按月）',
    type: 'bar',
    labels: ['1月', '2月', '3月'],
    series: [
      { label: '当月拨付', draw: 'bar', values: [120, 80, 40] },
      { label: '累计拨付', draw: 'line', values: [120, 200, 240] },
      { label: '全年预算数', draw: 'budget-line', values: [300, 300, 300] },
    ],
    unit: '万元',
    summary: '全年累计拨付 240.00 万元。',
    table: { columns: ['月份', '金额'], numeric: [false, true], rows: [] },
    ...over,
  };
}

const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('chartSvg(spec, options)', () => {
  it('names every category on the axis and every series in the legend', () => {
    const svg = chartSvg(spec(), { id: 'c' });
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['1月', '2月', '3月', '当月拨付', '累计拨付', '全年预算数', '万元']),
    );
    expect(svg).toMatch(
      /^<svg [^>]*viewBox="0 0 680 340"[^>]* role="img" aria-label="资金拨付进度（按月）：全年累计拨付 240.00 万元。">\n/,
    );
    expect(svg.endsWith('\n</svg>')).toBe(true);
  });

  it('paints bars in the first colour and dashes the budget line', () => {
    const svg = chartSvg(spec(), { id: 'c' });
    expect(svg).toContain(`<path fill="${PALETTE[0]}"`);
    expect(svg).toMatch(
      new RegExp(`stroke="${PALETTE[2]}" stroke-width="2"[^>]*stroke-dasharray="6 4"`),
    );
  });

  it('draws taller bars for larger values', () => {
    const bars = (values: number[]) => {
      const svg = chartSvg(spec({ series: [{ label: 'x', draw: 'bar', values }] }), { id: 'c' });
      // The legend's box is painted alike but drawn apart; the bars are the longest path.
      const d =
        [...svg.matchAll(new RegExp(`<path fill="${PALETTE[0]}" d="([^"]+)"`, 'g'))]
          .map((m) => m[1] ?? '')
          .sort((x, y) => y.length - x.length)[0] ?? '';
      // Each bar is one closed subpath; its height is the span of its y coordinates.
      return d
        .split('M')
        .filter(Boolean)
        .map((sub) => {
          const ys = [...sub.matchAll(/[\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
          return Math.max(...ys) - Math.min(...ys);
        });
    };
    const [a = 0, b = 0, c = 0] = bars([30, 20, 10]);
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(c);
    expect(a / c).toBeCloseTo(3, 1);
  });

  it('gives the same bytes for the same spec, build after build', () => {
    expect(chartSvg(spec(), { id: 'c' })).toBe(chartSvg(spec(), { id: 'c' }));
  });

  it('keeps every element id under the given prefix', () => {
    const svg = chartSvg(spec(), { id: 'chart-1a2b' });
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^chart-1a2b-/);
  });

  it('writes labels from the data as text, never as markup', () => {
    const hostile = '<script>alert(1)</script>&"';
    const svg = chartSvg(spec({ labels: [hostile, '2月', '3月'], summary: hostile }), { id: 'c' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;');
  });

  it('gives a horizontal bar chart a row for each category', () => {
    const horizontal = (n: number) =>
      chartSvg(
        spec({
          kind: 'units',
          horizontal: true,
          labels: Array.from({ length: n }, (_, i) => `单位${i + 1}`),
          series: [{ label: '已化解', draw: 'bar', values: Array.from({ length: n }, () => 1) }],
          unit: '件',
        }),
        { id: 'c' },
      );
    expect(horizontal(3)).toContain('viewBox="0 0 680 340"');
    const tall = horizontal(30);
    expect(tall).toContain(`viewBox="0 0 680 ${90 + 22 * 30}"`);
    expect(texts(tall)).toEqual(expect.arrayContaining(['单位1', '单位30']));
  });

  it('draws a doughnut a slice a colour, with its legend', () => {
    const svg = chartSvg(
      spec({
        kind: 'status',
        type: 'doughnut',
        labels: ['已化解', '化解中', '未化解'],
        series: [{ label: '案件', draw: 'bar', values: [270, 15, 7] }],
        unit: '件',
      }),
      { id: 'c' },
    );
    for (const colour of PALETTE.slice(0, 3)) expect(svg).toContain(`fill="${colour}"`);
    expect(texts(svg)).toEqual(['已化解', '化解中', '未化解']);
    // Slices are arcs, outer edge clockwise and inner edge back.
    expect(svg).toMatch(/A149 149 0 0 1 [\d.]+ [\d.]+/);
    expect(svg).toMatch(/A74.5 74.5 0 0 0 [\d.]+ [\d.]+/);
  });
});

describe('figureSvg(spec)', () => {
  it('draws a spec once and names its ids after the spec, the same in every build', () => {
    const first = figureSvg(spec());
    expect(figureSvg(spec())).toBe(first);
    const ids = [...first.matchAll(/ id="(chart-[0-9a-f]{10})-/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(1);
    const other = figureSvg(spec({ labels: ['4月', '5月', '6月'] }));
    expect(other).not.toContain(ids[0]);
  });

  it('gives the same chart shown twice on one page ids of its own', () => {
    const shown = new Map<string, number>();
    const once = figureSvg(spec(), shown);
    const twice = figureSvg(spec(), shown);
    const idsOf = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const refsOf = (svg: string) => [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(idsOf(twice).length).toBe(idsOf(once).length);
    for (const id of idsOf(twice)) expect(idsOf(once)).not.toContain(id);
    expect(refsOf(twice)).toEqual(idsOf(twice));
    expect(twice.replace(/-2-(clip|data)/g, '-$1')).toBe(once);
  });
});

describe('chartFigure(spec, shown)', () => {
  it('points the SVG (aria-details) at the id it gives the data table, once per showing', () => {
    const shown = new Map<string, number>();
    const once = chartFigure(spec(), shown);
    const twice = chartFigure(spec(), shown);
    expect(once.detailsId).toMatch(/^chart-[0-9a-f]{10}-data$/);
    expect(twice.detailsId).not.toBe(once.detailsId);
    for (const f of [once, twice]) {
      const svgTag = f.svg.slice(0, f.svg.indexOf('>'));
      expect(svgTag).toContain(' role="img" aria-label="资金拨付进度（按月）：');
      expect(svgTag).toContain(` aria-details="${f.detailsId}"`);
      // The drawing itself holds no element with that id: it names the table, not itself.
      expect(f.svg).not.toContain(`id="${f.detailsId}"`);
    }
  });

  it('numbers a chart from before + 1 when `before` showings are not in `shown`', () => {
    const plain = chartFigure(spec(), new Map());
    const narrative = new Map<string, number>();
    const first = chartFigure(spec(), narrative, 1);
    const second = chartFigure(spec(), narrative, 1);
    expect(first.detailsId).toBe(plain.detailsId.replace(/-data$/, '-2-data'));
    expect(second.detailsId).toBe(plain.detailsId.replace(/-data$/, '-3-data'));
    // Drawn after the narrative's, the layout's chart (counted apart) keeps its plain ids.
    expect(chartFigure(spec(), new Map()).svg).toBe(plain.svg);
  });

  it('adds no aria-details to a chart drawn without a table', () => {
    expect(chartSvg(spec(), { id: 'c' })).not.toContain('aria-details');
  });
});

describe('chartSvg under another locale', () => {
  it('writes tick numbers the same whatever the build machine’s locale', () => {
    const big = spec({ series: [{ label: 'x', draw: 'bar', values: [1234567, 2345678, 30] }] });
    const script = `
      const { chartSvg } = await import(${JSON.stringify(new URL('../../../src/charts/render.ts', import.meta.url).href)});
      process.stdout.write(chartSvg(${JSON.stringify(big)}, { id: 'c' }));`;
    const german = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' },
    });
    expect(german.stderr).toBe('');
    expect(german.stdout).toBe(chartSvg(big, { id: 'c' }));
    expect(texts(german.stdout)).toContain('2,500,000');
  });
});
