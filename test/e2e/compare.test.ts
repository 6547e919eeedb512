/**
 * Year over year in Chromium: the comparison page and the report page's comparison tables show
 * the changes that agree with the two years' report.json; a project's first year says there is
 * nothing to compare; no page of a year links to a later year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainMeasures, yearOverYear } from '../../src/lib/model/yoy.ts';
import { formatScore } from '../../src/lib/report/format.ts';
import { measureRows } from '../../src/lib/report/yoy-text.ts';
import type { Session } from './helpers.ts';
import { drawnCharts, htmlPages, openSite, readReport, siteDir, visit } from './helpers.ts';

let session: Session;

beforeAll(async () => {
  session = await openSite();
});

afterAll(async () => {
  await session.close();
});

const SLUG = 'jiean-huajie';

/** The rows of a comparison table: [row, previous, current, delta, relative, verdict]. */
async function yoyTable(page: Page, caption: string) {
  return page.$$eval(`table.yoy-table[data-yoy="${caption}"] tbody tr`, (rows) =>
    rows.map((r) => {
      const cell = (k: string) => r.querySelector(`[data-yoy="${k}"]`);
      return [
        r.getAttribute('data-yoy-row'),
        cell('previous')?.textContent?.trim(),
        cell('current')?.textContent?.trim(),
        cell('delta')?.childNodes[0]?.textContent?.trim(),
        cell('relative')?.textContent?.trim(),
        cell('delta')?.getAttribute('data-verdict') ?? null,
      ];
    }),
  );
}

describe('the comparison page of 2024 积案化解', () => {
  it('shows the score, grade and measure changes of the two years’ report.json', async () => {
    const previous = readReport(2023, SLUG);
    const current = readReport(2024, SLUG);
    const { page, problems } = await visit(session, `2024/${SLUG}/compare/`);
    expect(await page.$eval('article.compare', (a) => a.getAttribute('data-previous-year'))).toBe(
      '2023',
    );
    const score = await yoyTable(page, '自评得分与等级');
    expect(score[0]?.slice(0, 3)).toEqual([
      '自评总分',
      `${formatScore(previous.totalScore)}分`,
      `${formatScore(current.totalScore)}分`,
    ]);
    expect(score[2]?.slice(0, 3)).toEqual(['评价等级', previous.grade, current.grade]);

    const yoy = yearOverYear(previous, current);
    const expected = measureRows(yoy.measures, yoy.wanDecimals);
    expect(await yoyTable(page, '主要数据与上年对比')).toEqual(
      expected.map((r) => [r.label, r.previous, r.current, r.delta, r.relative, r.verdict]),
    );
    // Spot checks against the raw numbers, not only the shared formatter.
    const resolved = expected.find((r) => r.label === '已化解件数');
    expect(resolved?.delta).toBe(
      `+${(current.measures['已化解件数'] ?? 0) - (previous.measures['已化解件数'] ?? 0)}件`,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('colours each change by whether up is good for it', async () => {
    const { page } = await visit(session, `2024/${SLUG}/compare/`);
    const colour = (row: string) =>
      page.$eval(
        `table.yoy-table[data-yoy="主要数据与上年对比"] tr[data-yoy-row="${row}"] [data-yoy="delta"]`,
        (td) => [td.className, getComputedStyle(td).color],
      );
    const [goodClass, good] = await colour('已化解件数');
    const [badClass, bad] = await colour('息诉罢访率');
    const [, neutral] = await colour('资金支出总额');
    expect(goodClass).toContain('delta-good');
    expect(badClass).toContain('delta-bad');
    expect(new Set([good, bad, neutral]).size).toBe(3);
    await page.close();
  });

  it('draws the main measures across 2022–2024 and no later year', async () => {
    const { page, problems } = await visit(session, `2024/${SLUG}/compare/`);
    const charts = (await drawnCharts(page)).filter((c) => c.kind === 'trend');
    expect(charts.map((c) => c.title)).toEqual([
      '已化解件数（历年）',
      '化解率（历年）',
      '息诉罢访率（历年）',
      '满意率（历年）',
      '资金支出总额（历年）',
      '预算执行率（历年）',
      '自评总分（历年）',
    ]);
    for (const c of charts) {
      // Counts and amounts are bars, rates and scores a line through the three years.
      if (/率|总分/.test(c.title)) expect(c.lines, c.title).toEqual([3]);
      else expect(c.paintedArea, c.title).toBeGreaterThan(5000);
      expect(c.rows, c.title).toEqual(['2022年度', '2023年度', '2024年度']);
      // The axis names the years as 2022年…, the table as 2022年度…
      expect(c.texts, c.title).toEqual(expect.arrayContaining(['2022年', '2023年', '2024年']));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows both years’ 自评表 side by side on a wide screen, one above the other on a narrow one', async () => {
    const boxes = async (width: number) => {
      const page = await session.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${session.server.url}2024/${SLUG}/compare/`);
      const result = await page.$$eval('.compare-pair-item', (items) =>
        items.map((i) => {
          const r = i.getBoundingClientRect();
          const caption = i.querySelector('caption')?.textContent?.trim();
          return { caption, left: Math.round(r.left), top: Math.round(r.top) };
        }),
      );
      await page.close();
      return result;
    };
    const wide = await boxes(1920);
    expect(wide.map((b) => b.caption)).toEqual([
      '项目支出绩效自评表（2023年度）',
      '项目支出绩效自评表（2024年度）',
    ]);
    expect(wide[0]?.top).toBe(wide[1]?.top);
    expect(wide[0]?.left).toBeLessThan(wide[1]?.left ?? 0);
    const narrow = await boxes(1200);
    expect(narrow[0]?.left).toBe(narrow[1]?.left);
    expect(narrow[0]?.top).toBeLessThan(narrow[1]?.top ?? 0);
  });
});

describe('the 2024 积案化解 report page', () => {
  it('shows last year’s value and the change beside measures, funding lines and indicators', async () => {
    const previous = readReport(2023, SLUG);
    const current = readReport(2024, SLUG);
    const { page } = await visit(session, `2024/${SLUG}/`);
    const measures = await yoyTable(page, '主要数据与上年对比');
    expect(measures.map((r) => r[0])).toEqual(mainMeasures([previous, current]));
    // Only what the fund's indicators and funding use: no 救助人数 for the 积案 fund.
    expect(measures.map((r) => r[0])).not.toContain('救助人数');
    const funding = await yoyTable(page, '资金情况与上年对比');
    expect(funding[1]?.[0]).toBe('年度资金总额/全年执行数');
    const indicators = [
      ...(await yoyTable(page, '产出指标与上年对比')),
      ...(await yoyTable(page, '效益及满意度指标与上年对比')),
    ];
    expect(indicators.filter((r) => r[0]?.endsWith('/得分')).map((r) => r[0])).toEqual(
      current.indicators.map((i) => `${i.name}/得分`),
    );
    const score = indicators.find((r) => r[0] === '息诉罢访率/得分');
    const before = previous.indicators.find((i) => i.name === '息诉罢访率');
    const after = current.indicators.find((i) => i.name === '息诉罢访率');
    expect(score?.slice(1, 3)).toEqual([
      `${formatScore(before?.score ?? 0)}分`,
      `${formatScore(after?.score ?? 0)}分`,
    ]);
    const summary = await page.$eval('[data-yoy-summary]', (p) => p.textContent?.trim());
    expect(summary).toContain(
      `较2023年度（${formatScore(previous.totalScore)}分，${previous.grade}）`,
    );
    await page.close();
  });

  it('keeps the annexed 自评表 in the standard eight-column layout of 财预〔2020〕10号', async () => {
    const { page } = await visit(session, `2024/${SLUG}/`);
    const widths = await page.$$eval(
      'table.self-evaluation-table tbody.se-indicators tr[data-indicator]',
      (rows) =>
        rows.map((r) =>
          [...r.children].reduce((n, c) => n + ((c as HTMLTableCellElement).colSpan || 1), 0),
        ),
    );
    // 一级、二级、三级指标、年度指标值、实际完成值、分值、得分、偏差原因分析及改进措施.
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBe(8);
    expect(await page.$$('table.self-evaluation-table .yoy-table')).toHaveLength(0);
    await page.close();
  });
});

describe('a project’s first year', () => {
  it.each([
    [2023, 'xinfang-jiuzhu'],
    [2022, 'jiean-huajie'],
  ])(
    '%s %s says there is no earlier year to compare, on the report and the comparison page',
    async (year, slug) => {
      const { page, problems } = await visit(session, `${year}/${slug}/`);
      expect(await page.$eval('[data-yoy-summary]', (p) => p.textContent?.trim())).toBe(
        `本项目没有${year - 1}年度的数据，不作与上年对比。`,
      );
      expect(await page.$$('table.yoy-table')).toHaveLength(0);
      await page.close();
      const compare = await visit(session, `${year}/${slug}/compare/`);
      expect(await compare.page.$eval('[data-no-previous]', (p) => p.textContent?.trim())).toBe(
        `本项目没有${year - 1}年度的数据，不作与上年对比。`,
      );
      expect(await compare.page.$$('.compare-pair-item')).toHaveLength(1);
      expect([...problems, ...compare.problems]).toEqual([]);
      await compare.page.close();
    },
  );
});

describe('every page of a year', () => {
  it('links to no later year (the index alone lists every year)', () => {
    const later: string[] = [];
    let pagesOfAYear = 0;
    for (const file of htmlPages()) {
      const year = /^(\d{4})\//.exec(file)?.[1];
      if (year === undefined) continue;
      pagesOfAYear++;
      const html = readFileSync(join(siteDir(), file), 'utf8');
      for (const m of html.matchAll(/\shref="\/(\d{4})\//g)) {
        if (Number(m[1]) > Number(year)) later.push(`${file} → ${m[0].trim()}`);
      }
    }
    expect(pagesOfAYear).toBeGreaterThan(100);
    expect(later).toEqual([]);
  });
});

describe('one displayed value per change', () => {
  it.each([
    [2024, SLUG],
    [2023, SLUG],
    [2024, 'xinfang-jiuzhu'],
  ])(
    '%s %s: each figure’s change reads the same in every table of the compare and report pages',
    async (year, slug) => {
      const seen = new Map<string, Set<string>>();
      const collect = (rows: Awaited<ReturnType<typeof yoyTable>>, measureTable: boolean) => {
        for (const r of rows) {
          // An indicator's 实际完成值 is the figure of its 计算口径; a measure row is itself.
          const [key, , , delta, relative] = r;
          if (!key || key.endsWith('/得分') || delta === '—') continue;
          const name = measureTable ? key : key.replace(/\/实际完成值$/, '');
          const figure = measureTable ? name : (byIndicator.get(name) ?? `指标:${name}`);
          const texts = seen.get(figure) ?? new Set<string>();
          texts.add(`relative ${relative}`);
          seen.set(figure, texts);
          if (delta !== undefined)
            seen.get(figure)?.add(`${measureTable ? 'm' : 'i'} delta ${delta}`);
        }
      };
      const current = readReport(year, slug);
      const byIndicator = new Map(
        current.indicators.flatMap((i) => (i.measure ? [[i.name, i.measure] as const] : [])),
      );
      for (const path of [`${year}/${slug}/compare/`, `${year}/${slug}/`]) {
        const { page } = await visit(session, path);
        const captions = await page.$$eval('table.yoy-table', (ts) =>
          ts.map((t) => t.getAttribute('data-yoy') ?? ''),
        );
        for (const caption of captions) {
          if (caption.startsWith('资金情况') || caption.startsWith('自评得分')) continue;
          collect(await yoyTable(page, caption), caption === '主要数据与上年对比');
        }
      }
      expect(seen.size).toBeGreaterThan(3);
      for (const [figure, texts] of seen) {
        const list = [...texts];
        // One relative change per figure; one delta per table kind (an indicator's table writes
        // it in the indicator's unit, 主要数据 in the measure's).
        expect(
          list.filter((t) => t.startsWith('relative')),
          figure,
        ).toHaveLength(1);
        expect(list.filter((t) => t.startsWith('m delta')).length, figure).toBeLessThanOrEqual(1);
        expect(list.filter((t) => t.startsWith('i delta')).length, figure).toBeLessThanOrEqual(1);
      }
    },
  );
});
