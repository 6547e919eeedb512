/**
 * The sample's unit report of 2024 (单位自评报告, content/2024/_unit/) as a reader gets it: the
 * page in Chromium, its print page, /2024/report.json, report.docx opened by LibreOffice, the
 * search box, links from the home page and the year's project pages, and `npm run diff`. Every
 * figure is checked against the project-years' own report.json, not against the unit's code.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWan, formatYuan } from '../../src/lib/base/money.ts';
import { docxText } from '../../src/lib/docx/package.ts';
import { unitFromJson } from '../../src/lib/model/unit-json.ts';
import { unitJsonSchema } from '../../src/lib/model/unit-schema.ts';
import type { Report } from '../../src/lib/model/report-schema.ts';
import { formatPercent, formatScore } from '../../src/lib/report/format.ts';
import type { Session } from './helpers.ts';
import { openSite, readReport, siteDir, siteFiles, visit } from './helpers.ts';

const YEAR = 2024;
/** The sample's 2024 projects in unit.yaml's 项目顺序. */
const SLUGS = ['jiean-huajie', 'xinfang-jiuzhu', 'xinfang-jingfei'];
const squash = (text: string) => text.replace(/\s+/g, '');

let session: Session;
let reports: Report[];

beforeAll(async () => {
  session = await openSite();
  reports = SLUGS.map((slug) => readReport(YEAR, slug));
});
afterAll(async () => {
  await session.close();
});

const sum = (pick: (r: Report) => number) => reports.reduce((s, r) => s + pick(r), 0);

describe('the unit report page /2024/', () => {
  it('loads without errors and lists every project-year of the year with its own figures', async () => {
    const { page, problems } = await visit(session, `${YEAR}/`);
    expect(problems).toEqual([]);
    expect((await page.textContent('h1'))?.trim()).toBe(
      '示例区信访局2024年度项目支出绩效单位自评报告',
    );
    const rows = await page.$$eval('table.unit-summary-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')),
    );
    // Each project's row, then — when it has several 资金来源 — one 其中 row per source.
    expect(rows).toEqual(
      reports.flatMap((r, i) => [
        [
          String(i + 1),
          r.project.name,
          formatYuan(r.funding.total.annualBudget),
          formatYuan(r.funding.total.executed),
          formatPercent(r.funding.total.executionRate),
          formatScore(r.totalScore),
          r.grade,
        ],
        ...(r.funding.lines.length > 1 ? r.funding.lines : []).map((l) => [
          '',
          `${l.partOf === undefined ? '\u3000' : '\u3000\u3000\u3000'}其中：${l.source}`.trim(),
          formatYuan(l.annualBudget),
          formatYuan(l.executed),
          formatPercent(l.executionRate),
          '',
          '',
        ]),
      ]),
    );
    expect(rows.some((r) => r[1]?.endsWith('其中：中央和省级补助资金'))).toBe(true);
    const total = await page.$$eval('table.unit-summary-table tfoot td, tfoot th', (cells) =>
      cells.map((c) => c.textContent?.trim() ?? ''),
    );
    expect(total.slice(1, 4)).toEqual([
      `合计（${reports.length}个项目）`,
      formatYuan(sum((r) => r.funding.total.annualBudget)),
      formatYuan(sum((r) => r.funding.total.executed)),
    ]);
    // Money at the unit's 万元 decimals: the most any of its project-years takes (their own
    // report.json says how many), so 积案化解's 768.6979 sets four for the totals.
    const unitWan = Math.max(...reports.map((r) => r.funding.wanDecimals));
    expect(unitWan).toBe(4);
    expect(squash((await page.textContent('[data-unit-overview]')) ?? '')).toBe(
      squash(
        `${YEAR}年实行绩效目标管理的项目${SLUGS.length}个，涉及资金${formatWan(
          sum((r) => r.funding.total.annualBudget),
          unitWan,
        )}万元，` +
          `全年执行${formatWan(
            sum((r) => r.funding.total.executed),
            unitWan,
          )}万元，执行率${formatPercent(
            sum((r) => r.funding.total.executed) / sum((r) => r.funding.total.annualBudget),
          )}。`,
      ),
    );
    // Each project's line at its own decimals, as its 自评表 in the annexes writes it.
    const lines = await page.$$eval('[data-unit-project]', (ps) =>
      ps.map((p) => p.textContent?.replace(/\s+/g, '') ?? ''),
    );
    // A project of several 资金来源 names each with its own amounts, a 其中 line inside its whole.
    const sourcesText = (r: (typeof reports)[number]) => {
      const { lines: ls, wanDecimals: d } = r.funding;
      if (ls.length < 2) return '';
      const amounts = (l: (typeof ls)[number]) =>
        `${l.source}预算数${formatWan(l.annualBudget, d)}万元、执行数${formatWan(l.executed, d)}万元`;
      const wholes = ls.filter((l) => l.partOf === undefined);
      return `其中${wholes
        .map((w) => {
          const parts = ls.filter((l) => l.partOf === w.source).map(amounts);
          return `${amounts(w)}${parts.length > 0 ? `（含${parts.join('，')}）` : ''}`;
        })
        .join('，')}。`;
    };
    expect(lines).toEqual(
      reports.map(
        (r, i) =>
          `${i + 1}．${r.project.name}：全年预算数${formatWan(r.funding.total.annualBudget, r.funding.wanDecimals)}万元，` +
          `全年执行数${formatWan(r.funding.total.executed, r.funding.wanDecimals)}万元，执行率${formatPercent(r.funding.total.executionRate)}。` +
          sourcesText(r),
      ),
    );
    // The number, the name and the amounts run on, with no space between them.
    const raw = await page.$$eval('[data-unit-project]', (ps) =>
      ps.map((p) => p.textContent?.trim() ?? ''),
    );
    for (const line of raw) expect(line).not.toMatch(/\s/);
  });

  it('annexes one 自评表 per project, in the report’s order, and links each project', async () => {
    const { page } = await visit(session, `${YEAR}/`);
    expect(
      await page.$$eval('[data-unit-annex]', (s) =>
        s.map((e) => e.getAttribute('data-unit-annex')),
      ),
    ).toEqual(SLUGS);
    expect(await page.locator('#annex table.self-evaluation-table.se-part-funding').count()).toBe(
      SLUGS.length,
    );
    expect(
      await page.$$eval('[data-unit-project] a', (a) => a.map((x) => x.getAttribute('href'))),
    ).toEqual(SLUGS.map((s) => `/${YEAR}/${s}/`));
    // The narrative's <Unit> figures are computed, not typed.
    expect(await page.textContent('#jielun [data-figure="项目个数"]')).toBe(`${SLUGS.length}个`);
  });

  it('is linked from the home page and from each project page of the year, not from other years', async () => {
    const { page } = await visit(session, '');
    expect(await page.getAttribute(`[data-unit-link="${YEAR}"] a`, 'href')).toBe(`/${YEAR}/`);
    expect(await page.locator('[data-unit-link="2023"]').count()).toBe(0);
    for (const slug of SLUGS) {
      const html = readFileSync(join(siteDir(), String(YEAR), slug, 'index.html'), 'utf8');
      expect(html).toContain(`href="/${YEAR}/"`);
    }
    expect(existsSync(join(siteDir(), '2023', 'index.html'))).toBe(false);
  });
});

describe('the unit report’s print page /2024/print/', () => {
  it('has a cover, every section written (no 草稿) and the 自评表 on landscape pages', async () => {
    const { page, problems } = await visit(session, `${YEAR}/print/`);
    expect(problems).toEqual([]);
    expect(await page.locator('.cover').count()).toBe(1);
    expect(await page.locator('[data-draft]').count()).toBe(0);
    expect(await page.locator('.pending').count()).toBe(0);
    expect(await page.locator('#annex [data-unit-annex]').count()).toBe(SLUGS.length);
    // No links into the site on paper.
    expect(await page.locator('article [data-unit-project] a').count()).toBe(0);
  });
});

describe('/2024/report.json', () => {
  it('holds the unit summary in 元, by the schema, adding up to the projects’ own report.json', () => {
    const text = readFileSync(join(siteDir(), String(YEAR), 'report.json'), 'utf8');
    const json = unitJsonSchema.parse(unitFromJson(JSON.parse(text)));
    expect(json.kind).toBe('unit');
    expect(json.projects.map((p) => p.slug)).toEqual(SLUGS);
    expect(json.total.annualBudget).toBe(sum((r) => r.funding.total.annualBudget));
    expect(json.total.executed).toBe(sum((r) => r.funding.total.executed));
    expect(json.projects.map((p) => [p.totalScore, p.grade])).toEqual(
      reports.map((r) => [r.totalScore, r.grade]),
    );
    // 元 in the file: 8,000,000.00 元 is written 8000000.
    expect(JSON.parse(text).projects[0].annualBudget).toBe(
      (reports[0]?.funding.total.annualBudget ?? NaN) / 100,
    );
  });
});

describe('/2024/report.docx', () => {
  it('holds the title, the summary table’s figures and every project’s 自评表', () => {
    const text = squash(docxText(readFileSync(join(siteDir(), String(YEAR), 'report.docx'))));
    expect(text).toContain('示例区信访局2024年度项目支出绩效单位自评报告');
    for (const r of reports) {
      expect(text).toContain(
        squash(`${r.project.name}${formatYuan(r.funding.total.annualBudget)}`),
      );
    }
    expect(text.match(/项目支出绩效自评表（2024年度）/g)).toHaveLength(SLUGS.length);
    expect(text).toContain('附件2：信访救助资金');
  });

  it('opens in LibreOffice Writer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unit-docx-'));
    try {
      copyFileSync(join(siteDir(), String(YEAR), 'report.docx'), join(dir, 'report.docx'));
      execFileSync(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')],
        {
          stdio: 'ignore',
          timeout: 120_000,
          env: { ...process.env, HOME: dir },
        },
      );
      const pdf = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
      expect(squash(pdf)).toContain('三、综合评价情况及评价结论');
      expect(squash(pdf)).toContain('附件1：信访积案化解专项资金');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('search', () => {
  it('indexes the unit report’s text and finds it from the search box', async () => {
    const index = JSON.parse(readFileSync(join(siteDir(), 'search/index.json'), 'utf8'));
    expect(index.years).toContainEqual([YEAR, '', '单位自评报告']);
    const { page } = await visit(session, '');
    await page.fill('#site-search-q', '绩效自评工作小组');
    await page.waitForFunction(() =>
      /找到|没有/.test(document.querySelector('.search-status')?.textContent ?? ''),
    );
    const hrefs = await page.$$eval('.search-results a', (a) =>
      a.map((x) => x.getAttribute('href')),
    );
    expect(hrefs).toEqual([`/${YEAR}/#pingjia`]);
  });
});

describe('npm run diff', () => {
  it('names a project the unit report gained and the totals that moved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unit-diff-'));
    try {
      const old = join(dir, 'old');
      cpSync(siteDir(), old, { recursive: true });
      const file = join(old, String(YEAR), 'report.json');
      const json = JSON.parse(readFileSync(file, 'utf8'));
      // The old build lacks the last project of the year.
      const removed = json.projects.at(-1);
      const cents = (yuan: number) => Math.round(yuan * 100);
      json.projects = json.projects.slice(0, -1);
      json.total = {
        ...json.total,
        count: json.projects.length,
        annualBudget: (cents(json.total.annualBudget) - cents(removed.annualBudget)) / 100,
        executed: (cents(json.total.executed) - cents(removed.executed)) / 100,
      };
      writeFileSync(file, JSON.stringify(json));
      const out = execFileSync(process.execPath, ['scripts/diff.ts', old, siteDir()], {
        encoding: 'utf8',
      });
      const last = reports.at(-1) as Report;
      const budget = sum((r) => r.funding.total.annualBudget);
      const executed = sum((r) => r.funding.total.executed);
      const n = SLUGS.length;
      expect(out).toContain(
        [
          '2024年度单位自评报告（示例区信访局2024年度项目支出绩效单位自评报告）',
          `  新增项目：${last.project.name}（${SLUGS.at(-1)}）`,
          `  项目个数：${n - 1}个 → ${n}个（+1个）`,
          `  全年预算数合计：${formatYuan(budget - last.funding.total.annualBudget)}元 → ${formatYuan(budget)}元（+${formatYuan(last.funding.total.annualBudget)}元）`,
          `  全年执行数合计：${formatYuan(executed - last.funding.total.executed)}元 → ${formatYuan(executed)}元（+${formatYuan(last.funding.total.executed)}元）`,
        ].join('\n'),
      );
      expect(siteFiles(old).length).toBe(siteFiles().length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
