/**
 * The figure components written into a narrative (`<Funding />`, `<Chart />`, `<Indicators />`,
 * `<Indicator />`, `<IndicatorValue />`), end to end: each shows the project-year of the page it
 * is on, bound through the MDX `components` (figureComponents), with the same year-over-year
 * tables as the layout's; a chart the narrative repeats gets ids of its own, whichever is drawn
 * first, so no page holds an id twice.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readReport, runBuild } from './helpers.ts';

const WORK = resolve('.build/e2e/narrative-components');
const ROOT = join(WORK, 'root');
const OUT = join(WORK, 'site');

const BLOCK = `

资金情况见下表。

<Funding />

<Chart kind="monthly" label="图1" />

<Indicators level1="产出指标" caption="产出" />

<Indicator name="积案化解率" />

化解率目标<IndicatorValue name="积案化解率" field="target" />。
`;

let run: { code: number | null; output: string };

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  cpSync('data', join(ROOT, 'data'), { recursive: true });
  cpSync('content', join(ROOT, 'content'), { recursive: true });
  for (const year of [2023, 2024]) {
    appendFileSync(join(ROOT, `content/${year}/jiean-huajie/04-2-guocheng.mdx`), BLOCK);
  }
  run = runBuild({ root: ROOT, out: OUT, cache: join(WORK, 'cache') });
}, 300_000);

/** The narrative of the 项目过程情况 section of a project-year's report page. */
function narrative(year: number) {
  const html = readFileSync(join(OUT, `${year}/jiean-huajie/index.html`), 'utf8');
  const prose = parse(html).querySelector('#guocheng .prose');
  if (!prose) throw new Error(`no narrative in ${year}/jiean-huajie/#guocheng`);
  return prose;
}

describe('figure components in a narrative', () => {
  it('builds', () => {
    expect(run.code, run.output).toBe(0);
  });

  it.each([2023, 2024])('show the figures of the page’s own project-year (%i)', (year) => {
    const report = readReport(year, 'jiean-huajie', OUT);
    const prose = narrative(year);
    const page = parse(readFileSync(join(OUT, `${year}/jiean-huajie/index.html`), 'utf8'));
    const totals = page
      .querySelectorAll('#guocheng .funding-table tr.total')
      .map((tr) => tr.text.replace(/\s+/g, ' ').trim());
    // The narrative's table, then the layout's: the same year's block.
    expect(totals).toHaveLength(2);
    expect(totals[0]).toBe(totals[1]);
    const executed = (report.funding.total.executed / 1_000_000).toFixed(4); // 分 → 万元
    expect(totals[0]?.split(' ')).toContain(executed);
    const rows = prose.querySelectorAll('.indicator-table tbody tr');
    const output = report.indicators.filter((i) => i.level1 === '产出指标').length;
    expect(rows).toHaveLength(output + 1);
    expect(prose.querySelector('[data-figure="指标:积案化解率:target"]')?.text).toBe('≥90%');
    expect(prose.querySelector('[data-chart="monthly"] figcaption')?.text).toContain('图1');
  });

  it('follow their tables with the comparison with the same project’s year before', () => {
    for (const year of [2023, 2024]) {
      const captions = narrative(year)
        .querySelectorAll('table.yoy-table caption')
        .map((c) => c.text.trim());
      expect(captions).toEqual(['资金情况与上年对比', '产出与上年对比', '绩效指标与上年对比']);
      const head = narrative(year).querySelector('table.yoy-table thead')?.text ?? '';
      expect(head).toContain(`${year - 1}`);
    }
  });

  it('number a chart the narrative repeats apart from the layout’s, so no page holds an id twice', () => {
    const page = readFileSync(join(OUT, '2024/jiean-huajie/index.html'), 'utf8');
    const inProse = narrative(2024).querySelector('[data-chart="monthly"] details')?.id ?? '';
    expect(inProse).toMatch(/^chart-[0-9a-f]{10}-2-data$/);
    expect(page).toContain(`id="${inProse.replace('-2-data', '-data')}"`);
    for (const file of htmlPages(OUT)) {
      const ids = [...readFileSync(join(OUT, file), 'utf8').matchAll(/ id="([^"]+)"/g)].map(
        (m) => m[1],
      );
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(twice, file).toEqual([]);
    }
  });
});
