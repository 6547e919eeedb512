/**
 * Printing, in a real Chromium: `npm run pdf` (scripts/pdf.ts) over the sample site, its PDFs
 * read back with Debian's poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm), and the
 * browser's own print path (print media, page.pdf of the report page as Ctrl+P prints it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../src/lib/report/format.ts';
import { measureText } from '../../src/lib/report/figures.ts';
import { SECTIONS, TOP_SECTIONS } from '../../src/lib/report/outline.ts';
import {
  SUBTOTAL_KINDS,
  SUBTOTAL_TITLES,
  subtotalKindsOf,
} from '../../src/lib/report/subtotals.ts';
import type { Session } from './helpers.ts';
import { drawnCharts, openSite, readReport, runBuild, siteDir } from './helpers.ts';

const LATEST = { year: 2024, slug: 'jiean-huajie' };
const HEADINGS = SECTIONS.map((s) =>
  s.parent ? `${s.number}${s.title}` : `${s.number}、${s.title}`,
);
const ANNEX = '附件：项目支出绩效自评表';

/** Text of a PDF (or of one page) in reading layout, white space removed: CJK text has none. */
function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
}

/** Each page's size in points, `[width, height]`. */
function pageSizes(file: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

const portrait = ([w, h]: [number, number]) => Math.round(w) === 595 && Math.round(h) === 842;
const landscape = ([w, h]: [number, number]) => Math.round(w) === 842 && Math.round(h) === 595;

/** The page (1-based) whose text holds `needle`, the first from `from` on. */
function pageWith(file: string, needle: string, from = 1): number {
  const pages = pageSizes(file).length;
  for (let p = from; p <= pages; p++) if (pdfText(file, p).includes(needle)) return p;
  return 0;
}

/**
 * The page the 附件 starts on: the first page opening with its heading (the body's last page
 * names the annex too, in its 附件 line).
 */
function annexPage(file: string, from = 1): number {
  const pages = pageSizes(file).length;
  for (let p = from; p <= pages; p++) {
    const text = pdfText(file, p);
    // “附件：项目支出绩效自评表（2024年度）” is the 附件 line at the end of the text.
    if (text.startsWith(ANNEX) && !text.startsWith(`${ANNEX}（`)) return p;
  }
  return 0;
}

/** Bottom edge (points from the top) of the first text line holding `needle` on a page. */
function lineBottom(file: string, page: number, needle: string): number {
  const html = execFileSync(
    'pdftotext',
    ['-bbox-layout', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
  for (const m of html.matchAll(/<line [^>]*yMax="([\d.]+)"[^>]*>([^]*?)<\/line>/g)) {
    const words = [...(m[2] ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
    if (words.includes(needle)) return Number(m[1]);
  }
  throw new Error(`第 ${page} 页没有“${needle}”`);
}

/**
 * Share of non-white pixels in a rectangle of a page (points from the top left), the page
 * rendered in greyscale by pdftoppm (a PGM: a text header, then one byte per pixel).
 */
function inkShare(
  file: string,
  page: number,
  box: { x: number; y: number; w: number; h: number },
): number {
  const dpi = 50;
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
  ]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm 没有输出 PGM 图像');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  let inked = 0;
  let all = 0;
  for (let y = px(box.y); y < Math.min(height, px(box.y + box.h)); y++) {
    for (let x = px(box.x); x < Math.min(width, px(box.x + box.w)); x++) {
      all++;
      if ((pixels[y * width + x] ?? 255) < 200) inked++;
    }
  }
  return all === 0 ? 0 : inked / all;
}

/**
 * How far down a text block (`top` and `height` in points) a page is printed, 0–1: the lowest
 * pixel row of the block with any ink, the page rendered in greyscale at 50 dpi.
 */
function inkDepth(file: string, page: number, top: number, height: number): number {
  const step = 4;
  for (let y = height; y > 0; y -= step)
    if (inkShare(file, page, { x: 0, y: top + y - step, w: 595, h: step }) > 0) return y / height;
  return 0;
}

function runPdf(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/pdf.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let out: string;
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'xf-pdf-'));
  run = runPdf(['--site', siteDir(), '--out', out]);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

const pdf = (name: string, year = LATEST.year, slug = LATEST.slug) =>
  join(out, String(year), slug, `${name}.pdf`);

describe('npm run pdf (scripts/pdf.ts)', () => {
  it('writes the whole report and every part of every project-year, showing progress', () => {
    // The only thing on stderr: the warning that 2022 (no prose written) printed as drafts.
    expect(run.stderr).toMatch(/^\n警告：\d+ 个 PDF 含尚未撰写的内容/);
    expect(run.stderr).toContain('2022/jiean-huajie/report.pdf');
    expect(run.stderr).not.toContain('2024/');
    expect(run.status).toBe(0);
    const projectYears = readdirSync(siteDir())
      .filter((y) => /^\d{4}$/.test(y))
      .flatMap((y) =>
        readdirSync(join(siteDir(), y))
          .filter((s) => existsSync(join(siteDir(), y, s, 'report.json')))
          .map((s) => `${y}/${s}`),
      );
    expect(projectYears.length).toBe(6);
    // A project-year without a case ledger has no case subtotals to print.
    const names = (py: string) => [
      'report',
      ...SECTIONS.map((s) => s.key),
      'annex',
      ...subtotalKindsOf(readReport(Number(py.split('/')[0]), py.split('/')[1] ?? '')).map(
        (k) => `subtotal-${k}`,
      ),
    ];
    // Each year's unit report (单位自评报告) prints whole to <年度>/report.pdf.
    const years = [...new Set(projectYears.map((py) => py.split('/')[0] ?? ''))];
    const units = years
      .filter((y) => existsSync(join(siteDir(), y, 'print', 'index.html')))
      .map((y) => `${y}/report.pdf`);
    expect(units).toEqual(['2024/report.pdf']);
    const expected = [
      ...units,
      ...projectYears.flatMap((py) => names(py).map((n) => `${py}/${n}.pdf`)),
    ].sort();
    const written = [
      ...years.flatMap((y) =>
        readdirSync(join(out, y), { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => `${y}/${e.name}`),
      ),
      ...projectYears.flatMap((py) => readdirSync(join(out, py)).map((f) => `${py}/${f}`)),
    ].sort();
    expect(written).toEqual(expected);
    const progress = run.stdout.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l));
    expect(progress).toHaveLength(expected.length);
    expect(progress.join('\n')).toContain(
      `/${expected.length}] 2024/jiean-huajie/print/guocheng/ → `,
    );
    expect(run.stdout).toMatch(new RegExp(`完成：${expected.length} 个 PDF`));
  });

  it('names the failing page, exits non-zero and leaves no partial PDF', () => {
    const site = mkdtempSync(join(tmpdir(), 'xf-pdf-broken-'));
    const broken = mkdtempSync(join(tmpdir(), 'xf-pdf-out-'));
    try {
      const print = '2024/xinfang-jiuzhu/print';
      for (const part of ['_astro', 'favicon.svg', `${print}/running-head.css`])
        cpSync(join(siteDir(), part), join(site, part), { recursive: true });
      for (const key of ['jianyi', 'jingyan', 'pingjia', 'qita'])
        cpSync(join(siteDir(), print, key), join(site, print, key), { recursive: true });
      const page = join(site, '2024/xinfang-jiuzhu/print/qita/index.html');
      writeFileSync(
        page,
        readFileSync(page, 'utf8').replace(
          '</head>',
          '<link rel="stylesheet" href="/gone.css"></head>',
        ),
      );
      const r = runPdf(['--site', site, '--out', broken, '--jobs', '2']);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('打印失败：2024/xinfang-jiuzhu/print/qita/');
      expect(r.stderr).toContain('gone.css');
      const left = readdirSync(join(broken, '2024/xinfang-jiuzhu'));
      expect(left.filter((f) => f.includes('qita') || f.endsWith('.part'))).toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('the whole report as a PDF', () => {
  it('opens with a cover, then a numbered 目录, then every section with its page number', () => {
    const file = pdf('report');
    const report = readReport(LATEST.year, LATEST.slug);
    const pages = pageSizes(file);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.length).toBeLessThanOrEqual(30);

    const cover = pdfText(file, 1);
    expect(cover).toContain(`${LATEST.year}年度`);
    expect(cover).toContain(`${report.project.name}绩效自评报告`);
    expect(cover).toContain('示例区信访局');
    expect(cover).toContain('数据截至2024年12月31日');
    expect(cover).not.toContain('第1页');

    const contents = pdfText(file, 2);
    expect(contents).toContain('目录');
    // Numbered as a 公文 (“— 1 —”), the cover not counted: the 目录 is page 1.
    expect(contents).toContain('—1—');
    expect(contents).not.toContain('示例区信访局·信访积案化解专项资金·2024年度');
    let from = 3;
    for (const heading of [...HEADINGS, ANNEX]) {
      const at = heading === ANNEX ? annexPage(file, from) : pageWith(file, heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(from);
      // The 目录 gives the number printed on that page: “heading … N”, N = sheet − 1.
      expect(contents.includes(`${heading}${at - 1}`), `目录：${heading} ${at - 1}`).toBe(true);
      expect(pdfText(file, at), heading).toContain(`—${at - 1}—`);
      from = at;
    }
    // Sections run on: none is put on a page of its own (only the 附件 is). A heading kept with
    // its first lines may open a page where the section before ends near the foot of one, but
    // not every section does.
    const atTop = TOP_SECTIONS.slice(1).filter((s) => {
      const heading = `${s.number}、${s.title}`;
      return new RegExp(`^${heading}`).test(pdfText(file, pageWith(file, heading, 3)));
    });
    expect(TOP_SECTIONS.length).toBeGreaterThan(5);
    expect(atTop.length).toBeLessThan(TOP_SECTIONS.length - 1);
    expect(annexPage(file, 3)).toBeGreaterThan(0);
    // The text ends as a 公文 does: the 附件 line, then the unit and the date.
    const last = pdfText(file, annexPage(file, 3) - 1);
    // (The page's own number, “— n —”, follows at its foot.)
    expect(last).toMatch(
      /附件：项目支出绩效自评表（2024年度）示例区信访局\d{4}年\d+月\d+日(?:—\d+—)?$/,
    );
  });

  it('is short: at most 12 pages, none but the cover, 目录 and last body page under a third full', () => {
    const file = pdf('report');
    const sizes = pageSizes(file);
    expect(sizes.length).toBeLessThanOrEqual(12);
    // The 自评表 is the last page, and a page of its own.
    const annex = annexPage(file, 3);
    expect(annex).toBe(sizes.length);
    expect(pageSizes(pdf('annex'))).toHaveLength(1);
    // How far down its text block (公文 margins: 37 mm top, 35 mm bottom) each body page is
    // printed: sections run on, so only the last page of the body may be short.
    const top = (37 / 25.4) * 72;
    const block = 842 - top - (35 / 25.4) * 72;
    for (let p = 3; p < annex - 1; p++) {
      const filled = inkDepth(file, p, top, block);
      expect(filled, `第 ${p} 页`).toBeGreaterThan(1 / 3);
    }
  });

  it('embeds every font as a real font: no Type 3 in any PDF written', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => join(out, f));
    expect(files.length).toBeGreaterThan(80);
    for (const file of files) {
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts, file).not.toContain('Type 3');
      expect(fonts, file).toMatch(/CID TrueType/);
    }
  });

  it('links nowhere outside the document: no URI points at the local server', () => {
    for (const name of ['report', 'jielun', 'subtotal-unit']) {
      const raw = readFileSync(pdf(name)).toString('latin1');
      expect(raw, name).not.toMatch(/\/URI\s*\(/);
      expect(raw, name).not.toContain('127.0.0.1');
    }
  });

  it('marks a report with unwritten sections 草稿 on every page', () => {
    const file = pdf('report', 2022, 'jiean-huajie');
    const pages = pageSizes(file).length;
    expect(pdfText(file)).toContain('（待填写）');
    for (let p = 1; p <= pages; p++) expect(pdfText(file, p), `第 ${p} 页`).toContain('草稿');
    // A finished report carries no such mark.
    expect(pdfText(pdf('report'))).not.toContain('草稿');
  });

  it('holds the figures of report.json as the report shows them', () => {
    const text = pdfText(pdf('report'));
    const report = readReport(LATEST.year, LATEST.slug);
    expect(text).toContain(`自评总分${formatScore(report.totalScore)}分`);
    // The score panel as a sentence, and 自评等级 in a row of its own in the 自评表.
    expect(text).toContain(`评价等级为“${report.grade}”`);
    expect(text).toContain(`${formatScore(report.totalScore)}自评等级${report.grade}`);
    expect(text).toContain(`全年共拨付${measureText(report, '资金支出总额')}`);
    // The exact amount, once, in 万元 at the decimals that keep it exact.
    expect(text).toContain('全年支出768.6979万元');
    expect(text).toContain(`化解${measureText(report, '已化解件数')}`);
    expect(measureText(report, '已化解件数')).toBe('270件');
  });

  it('annexes the 自评表 on landscape pages, every other page portrait', () => {
    const file = pdf('report');
    const sizes = pageSizes(file);
    const annex = annexPage(file, 3);
    expect(pdfText(file, annex)).toContain('项目支出绩效自评表（2024年度）');
    sizes.forEach((size, i) =>
      expect(i + 1 >= annex ? landscape(size) : portrait(size), `第 ${i + 1} 页`).toBe(true),
    );
  });

  it('prints no charts: neither a chart nor its data table is on paper, as in report.docx', () => {
    const text = pdfText(pdf('report'));
    for (const title of ['资金拨付进度（按月）', '案件数（按责任单位）', '当月拨付'])
      expect(text, title).not.toContain(title);
    // Nothing drawn or pasted in: the PDF holds no raster image.
    const images = execFileSync('pdfimages', ['-list', pdf('report')], { encoding: 'utf8' });
    expect(images.trim().split('\n')).toHaveLength(2);
  });
});

describe('a part printed alone', () => {
  it('holds only that section, under a heading naming its report', () => {
    const file = pdf('guocheng');
    const text = pdfText(file);
    const sizes = pageSizes(file);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    expect(sizes.length).toBeLessThanOrEqual(4);
    expect(sizes.every(portrait)).toBe(true);
    expect(text).toMatch(
      /^2024年度信访积案化解专项资金绩效自评报告·四、绩效评价指标分析（节选）（二）项目过程情况/,
    );
    expect(text).toContain('项目资金情况（万元）');
    expect(text).not.toContain('资金拨付进度（按月）');
    expect(text).toContain('—1—');
    for (const heading of [...HEADINGS, ANNEX].filter(
      (h) => h !== '（二）项目过程情况' && h !== '四、绩效评价指标分析',
    ))
      expect(text, heading).not.toContain(heading);
  });

  it('prints the 自评表 alone on landscape pages, its column heads on every page', () => {
    const file = pdf('annex');
    const report = readReport(LATEST.year, LATEST.slug);
    const sizes = pageSizes(file);
    expect(sizes.every(landscape)).toBe(true);
    expect(sizes.length).toBe(1);
    const text = pdfText(file);
    // No running head on the standalone annex: it opens with its own 附件 heading.
    expect(text).not.toContain('绩效自评报告·附件');
    expect(text).toMatch(new RegExp(`^${ANNEX}`));
    expect(text).toContain('项目支出绩效自评表（2024年度）');
    expect(text).toContain(`${formatScore(report.totalScore)}自评等级${report.grade}`);
    for (let p = 1; p <= sizes.length; p++)
      if (pdfText(file, p).includes(report.indicators.at(-1)?.name ?? '—'))
        expect(pdfText(file, p)).toContain('一级指标二级指标三级指标');
  });

  it('prints the 自评表 with the four standard funding rows, in the standard order', () => {
    const text = pdfText(pdf('annex'));
    const at = (label: string) => text.indexOf(label);
    const order = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'].map(at);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('资金来源对应：当年财政拨款：本年财政拨款；其他资金：责任单位配套');
    // 信访救助资金 lists 上年结转资金 first in budget.csv; the 自评表 still puts it second.
    const jiuzhu = pdfText(pdf('annex', 2024, 'xinfang-jiuzhu'));
    expect(jiuzhu.indexOf('其中：当年财政拨款')).toBeLessThan(jiuzhu.indexOf('上年结转资金7.15'));
    // Its budget.csv names a 其中：中央和省级补助 line: shown under 当年财政拨款, not in the total.
    expect(jiuzhu).toMatch(/其中：当年财政拨款\s*50\.00\s*50\.00\s*50\.00/);
    expect(jiuzhu).toMatch(/其中：中央和省级补助\s*20\.00\s*20\.00\s*20\.00/);
    expect(jiuzhu).toMatch(/年度资金总额\s*57\.15\s*57\.15\s*57\.15/);
    const sizes = pageSizes(pdf('annex', 2024, 'xinfang-jiuzhu'));
    expect(sizes).toHaveLength(1);
    expect(sizes.every(landscape)).toBe(true);
  });

  it('prints a 自评表 of 12 indicators on one landscape page', () => {
    // The sample's 8 indicators made 12: four more, their points taken from the others.
    const root = mkdtempSync(join(tmpdir(), 'xf-12-'));
    try {
      cpSync('data', join(root, 'data'), { recursive: true });
      cpSync('content', join(root, 'content'), { recursive: true });
      const csv = join(root, 'data/2024/jiean-huajie/indicators.csv');
      const [head = '', ...rows] = readFileSync(csv, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
      const points = (row: string | undefined, from: string, to: string) =>
        (row ?? '').replace(`,${from},`, `,${to},`);
      const twelve = [
        points(rows[0], '20', '10'),
        '产出指标,数量指标,息诉罢访件数,≥,200,件,10,息诉罢访件数,,,',
        points(rows[1], '15', '10'),
        '产出指标,时效指标,按期办结率,≥,2,%,5,按期办结率,,,',
        rows[2],
        rows[3],
        points(rows[4], '15', '10'),
        '效益指标,社会效益指标,救助人数,≥,200,人,5,救助人数,,,',
        rows[5],
        rows[6],
        points(rows[7], '10', '5'),
        '满意度指标,服务对象满意度指标,资金支出总额,≤,800,万元,5,资金支出总额,,,',
      ];
      writeFileSync(csv, `\uFEFF${[head, ...twelve].join('\n')}\n`);
      const site = join(root, 'site');
      const built = runBuild({ out: site, cache: join(root, 'cache'), root });
      expect(built.code, built.output).toBe(0);
      mkdirSync(join(root, 'pdf'));
      const r = runPdf([
        '--site',
        site,
        '--out',
        join(root, 'pdf'),
        '--only',
        '2024/jiean-huajie/print/annex',
      ]);
      expect(r.status, r.stderr).toBe(0);
      const file = join(root, 'pdf/2024/jiean-huajie/annex.pdf');
      expect(pageSizes(file)).toHaveLength(1);
      expect(landscape(pageSizes(file)[0] ?? [0, 0])).toBe(true);
      const text = pdfText(file);
      for (const name of ['息诉罢访件数', '按期办结率', '救助人数', '资金支出总额', '总分'])
        expect(text, name).toContain(name);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints each subtotal table alone', () => {
    for (const kind of SUBTOTAL_KINDS) {
      const text = pdfText(pdf(`subtotal-${kind}`));
      expect(text).toContain(SUBTOTAL_TITLES[kind]);
      expect(text).toContain('合计');
      expect(text).not.toContain('一、基本情况');
    }
  });
});

describe("the browser's own print dialog", () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session.close();
  });

  it('prints each chart at the text width of A4 and leaves its data table on screen', async () => {
    // The width of A4's text block at 96 CSS px per inch: 210 mm less 26 + 20 mm of margins.
    const textWidth = Math.floor(((210 - 46) / 25.4) * 96);
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${session.server.url}${LATEST.year}/${LATEST.slug}/`);
    // As the print dialog does: print media, laid out anew at the page's width.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: textWidth, height: 1100 });
    const charts = await drawnCharts(page);
    const tables = await page.$$eval('figure[data-chart] .chart-table', (tables) =>
      tables.map((t) => getComputedStyle(t).display),
    );
    const rooms = await page.$$eval('figure[data-chart]', (figures) =>
      figures.map((f) => f.getBoundingClientRect().width),
    );
    expect(charts.length).toBe(5);
    expect(tables).toEqual(charts.map(() => 'none'));
    charts.forEach((c, i) => {
      expect(Math.abs(c.width - (rooms[i] ?? 0)), `${c.kind} width`).toBeLessThanOrEqual(1);
      expect(c.width).toBeLessThanOrEqual(textWidth);
      expect(c.paintedArea, `${c.kind} painted`).toBeGreaterThan(5000);
    });
    await page.close();
  });

  it('prints the same charts with scripts off: nothing about them runs in the browser', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}${LATEST.year}/${LATEST.slug}/`);
    await page.emulateMedia({ media: 'print' });
    const charts = await drawnCharts(page);
    expect(charts.length).toBe(5);
    for (const c of charts) {
      expect(c.height, c.kind).toBeGreaterThan(200);
      expect(c.paintedArea, c.kind).toBeGreaterThan(5000);
    }
    await context.close();
  });

  it('prints charts as vectors from the print dialog of the report page, none in the document', async () => {
    // page.pdf of the report page itself is Chromium's own print path, the one Ctrl+P takes.
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${session.server.url}${LATEST.year}/${LATEST.slug}/`);
    const dir = mkdtempSync(join(tmpdir(), 'xf-dialog-'));
    try {
      const file = join(dir, 'dialog.pdf');
      await page.pdf({ path: file, preferCSSPageSize: true });
      const title = '资金拨付进度（按月）';
      const left = (26 / 25.4) * 72;
      const width = ((210 - 46) / 25.4) * 72;
      const at = pageWith(file, title);
      expect(
        inkShare(file, at, {
          x: left,
          y: lineBottom(file, at, title) + 2,
          w: width,
          h: width / 2 - 4,
        }),
      ).toBeGreaterThan(0.02);
      // Drawn, not pasted in: the PDF holds no raster image at all.
      const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
      expect(images.trim().split('\n').length).toBe(2);
      // The document printed by npm run pdf has no charts (see “prints no charts”).
      expect(pageWith(pdf('report'), title)).toBe(0);
      const sizes = pageSizes(file);
      expect(landscape(sizes.at(-1) ?? [0, 0])).toBe(true);
      expect(portrait(sizes[0] ?? [0, 0])).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
