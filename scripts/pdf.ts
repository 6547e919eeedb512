/**
 * `npm run pdf`: prints every print page of a built site to A4 PDF files, with Debian's
 * Chromium through playwright-core (no browser download): for each project-year the whole
 * report and each part printed alone (sections, the 自评表, the subtotal tables); for each year
 * with a unit report (单位自评报告) that report whole.
 *
 *   node scripts/pdf.ts [--site dist] [--out pdf] [--base /] [--jobs 2] [--only 2024/jiean-huajie]
 *
 *   dist/2024/jiean-huajie/print/           → pdf/2024/jiean-huajie/report.pdf
 *   dist/2024/jiean-huajie/print/guocheng/  → pdf/2024/jiean-huajie/guocheng.pdf
 *   dist/2024/print/                        → pdf/2024/report.pdf（单位自评报告）
 *
 * Works from the built folder alone: pages are found on disk, the base path is read from the
 * pages themselves. Each page is printed once its fonts are loaded (its charts are SVG in the page
 * itself), as the browser's own print dialog prints it (print CSS, A4 sizes from @page). The
 * whole report is printed twice: the first PDF tells on which page each section starts, the
 * second carries those numbers in its 目录 (Chromium cannot number a contents page itself), less
 * the unnumbered cover. Links into the site are taken out before printing (they would point at
 * this command's local server); a page marked as a draft (unwritten sections) is named in a
 * warning at the end. A
 * PDF is written under a temporary name and renamed only once complete; on any failure the page
 * is named, temporary files are removed and the command exits non-zero.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { destinationPages, pageCount } from './lib/pdf-file.ts';
import { serveSite } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'pdf' },
    base: { type: 'string' },
    jobs: { type: 'string' },
    only: { type: 'string' },
  },
});

/** One print page and the PDF it becomes. */
interface Job {
  /** Page path in the site: `2024/jiean-huajie/print/guocheng/`. */
  path: string;
  /** PDF file: `<out>/2024/jiean-huajie/guocheng.pdf`. */
  file: string;
}

class PageFailure extends Error {}

/**
 * `<年度>/print/` (a unit report) and `<年度>/<项目标识>/print/**` pages of a built site, each
 * year's unit report first, then each project-year's whole report, then its parts in path order.
 */
function findPrintPages(site: string): string[] {
  const pages: string[] = [];
  const dirs = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      : [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'index.html')))
      pages.push(`${relative(site, dir).split('\\').join('/')}/`);
    for (const d of dirs(dir)) walk(join(dir, d));
  };
  for (const year of dirs(site).filter((d) => /^\d{4}$/.test(d))) {
    // The year's unit report (单位自评报告), then its project-years.
    if (existsSync(join(site, year, 'print', 'index.html'))) pages.push(`${year}/print/`);
    for (const slug of dirs(join(site, year)).filter((d) => d !== 'print'))
      walk(join(site, year, slug, 'print'));
  }
  return pages;
}

/** `2024/x/print/` → `2024/x/report.pdf`; `2024/x/print/guocheng/` → `2024/x/guocheng.pdf`. */
function pdfName(path: string): string {
  const parts = path.replace(/\/$/, '').split('/');
  // `2024/print/` → `2024/report.pdf`: the unit report (单位自评报告).
  if (parts.length === 2 && parts[1] === 'print') return `${parts[0]}/report.pdf`;
  const [year, slug, , ...rest] = parts;
  return `${year}/${slug}/${rest.length === 0 ? 'report' : rest.join('-')}.pdf`;
}

/** The base path the site was built for, read from a page's favicon link. */
function detectBase(site: string, page: string): string {
  const html = readFileSync(join(site, page, 'index.html'), 'utf8');
  const icon = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(html)?.[1];
  return icon && icon.startsWith('/') ? icon : '/';
}

const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  outline: true,
  tagged: true,
} as const;

/**
 * Fills the 目录's page slots (`[data-toc-page]`) with the numbers of a first print: the page
 * number printed on the page, i.e. not counting the unnumbered cover.
 */
async function numberContents(page: Page, pdf: Buffer): Promise<boolean> {
  const covers = await page.locator('.cover').count();
  const pages = Object.fromEntries(
    [...destinationPages(pdf)].map(([key, n]) => [key, n - covers] as const),
  );
  return page.$$eval(
    '[data-toc-page]',
    (slots, numbers) => {
      let filled = 0;
      for (const slot of slots) {
        const n = numbers[slot.getAttribute('data-toc-page') ?? ''];
        slot.textContent = n === undefined ? '' : String(n);
        if (n !== undefined) filled++;
      }
      return filled === slots.length;
    },
    pages,
  );
}

/** Whether the loaded page is a draft (unwritten sections): it then prints 草稿 on every page. */
async function isDraft(page: Page): Promise<boolean> {
  return (await page.locator('[data-draft]').count()) > 0;
}

/** Prints the loaded page to `file`; a page with a 目录 twice, the second time numbered. */
async function printPage(page: Page, file: string): Promise<Buffer> {
  const first = await page.pdf({ ...PDF_OPTIONS, path: file });
  if ((await page.locator('[data-toc-page]').count()) === 0) return first;
  if (!(await numberContents(page, first))) throw new PageFailure('目录中有章节在 PDF 中找不到');
  const second = await page.pdf({ ...PDF_OPTIONS, path: file });
  const before = [...destinationPages(first)].join();
  if ([...destinationPages(second)].join() !== before)
    throw new PageFailure('填入目录页码后分页发生了变化');
  return second;
}

/** Loads a page and waits until it is ready to print; throws PageFailure naming what is wrong. */
async function preparePage(page: Page, url: string): Promise<void> {
  const problems: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') problems.push(`控制台错误：${m.text()}`);
  };
  const onError = (e: Error) => problems.push(`脚本错误：${e.message}`);
  const onFailed = (r: { url(): string }) => problems.push(`加载失败：${r.url()}`);
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}：${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok())
      throw new PageFailure(`页面无法打开（HTTP ${response?.status() ?? '无响应'}）`);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    // Charts are SVG in the page itself; a figure without one was not drawn at build time.
    const blank = await page.$$eval('figure[data-chart]', (figures) =>
      figures.filter((f) => !f.querySelector('svg')).map((f) => f.dataset['chart'] ?? '?'),
    );
    if (blank.length > 0) throw new PageFailure(`图表缺少绘图：${blank.join('、')}`);
    if (problems.length > 0) throw new PageFailure(problems.join('；'));
    // A link into the site would point at this command's local server (http://127.0.0.1:…),
    // dead for every reader of the PDF: links leave only as text; links within the page stay.
    await page.$$eval('a[href]', (links) => {
      for (const a of links)
        if (!a.getAttribute('href')?.startsWith('#')) a.removeAttribute('href');
    });
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
}

const site = resolve(values.site ?? 'dist');
const out = resolve(values.out ?? 'pdf');
const shown = (file: string) => relative(process.cwd(), file) || '.';
const pages = findPrintPages(site).filter((p) => !values.only || p.startsWith(values.only));
if (pages.length === 0) {
  console.error(
    `在 ${shown(site)}/ 中没有找到打印页（<年度>/<项目标识>/print/）${values.only ? `（--only ${values.only}）` : ''}：请先运行 npm run build`,
  );
  process.exit(1);
}
const first = pages[0] ?? '';
const base = values.base ?? detectBase(site, first);
const jobs: Job[] = pages.map((path) => ({ path, file: join(out, pdfName(path)) }));
const workers = Math.max(
  1,
  Math.min(jobs.length, Number(values.jobs ?? Math.min(4, Math.max(2, availableParallelism())))),
);

const temporary = new Set<string>();
async function removeTemporary(): Promise<void> {
  await Promise.all([...temporary].map((f) => rm(f, { force: true })));
  temporary.clear();
}
process.on('SIGINT', () => {
  void removeTemporary().then(() => process.exit(130));
});

const started = performance.now();
console.log(
  `打印 ${jobs.length} 个页面为 PDF（${workers} 个并行）：${shown(site)}/ → ${shown(out)}/`,
);
const server = await serveSite(site, base);
// One browser per worker: a browser turns pages into PDF one at a time (its print compositor),
// so pages printed in parallel need browsers of their own.
const browsers: Browser[] = [];
let failure: { job: Job; error: unknown } | undefined;
let done = 0;
let sheets = 0;
const drafts: string[] = [];
try {
  const launched = await Promise.allSettled(Array.from({ length: workers }, launchBrowser));
  for (const r of launched) if (r.status === 'fulfilled') browsers.push(r.value);
  for (const r of launched) if (r.status === 'rejected') throw r.reason;
  let next = 0;
  const worker = async (browser: Browser) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(30_000);
    while (!failure && next < jobs.length) {
      const job = jobs[next++];
      if (!job) break;
      const t0 = performance.now();
      const tmp = join(dirname(job.file), `.${basename(job.file)}.part`);
      try {
        await preparePage(page, server.url + job.path);
        await mkdir(dirname(job.file), { recursive: true });
        temporary.add(tmp);
        const draft = await isDraft(page);
        const pdf = await printPage(page, tmp);
        const n = pageCount(pdf);
        if (n === 0) throw new PageFailure('生成的 PDF 没有页面');
        await rename(tmp, job.file);
        temporary.delete(tmp);
        sheets += n;
        done++;
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        console.log(
          `[${done}/${jobs.length}] ${job.path} → ${shown(job.file)}（${n} 页，${seconds} 秒）${draft ? '（草稿）' : ''}`,
        );
        if (draft) drafts.push(shown(job.file));
      } catch (error) {
        failure ??= { job, error };
      }
    }
    await page.close();
  };
  await Promise.all(browsers.map(worker));
} catch (error) {
  failure ??= { job: { path: '（启动浏览器）', file: '' }, error };
} finally {
  await removeTemporary();
  await Promise.all(browsers.map((b) => b.close()));
  await server.close();
}

if (failure) {
  const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
  console.error(`\n打印失败：${failure.job.path}：${reason}`);
  console.error(
    `已完成 ${done}/${jobs.length} 个；失败页面的 PDF 未写出，也没有留下不完整的文件。`,
  );
  process.exit(1);
}
if (drafts.length > 0) {
  console.warn(
    `\n警告：${drafts.length} 个 PDF 含尚未撰写的内容（“（待填写）”），每页印有“草稿”字样，不宜作为正式文本报送：`,
  );
  for (const f of drafts.sort()) console.warn(`  ${f}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n完成：${jobs.length} 个 PDF，共 ${sheets} 页，用时 ${seconds} 秒 → ${shown(out)}/`);
