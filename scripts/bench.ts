/**
 * `npm run bench`: generates a synthetic archive, builds the site from it, and prints what the
 * targets are judged on. Deterministic data (seeded); times and memory are of this machine, so
 * compare ratios within one run rather than seconds across machines.
 *
 *   npm run bench                         a small archive, for a quick look (about a minute)
 *   npm run bench -- --years 10 --projects 1 --cases 100000 --payments 200000
 *   npm run bench -- --peers              the figures of #25 (this site vs Observable Framework
 *                                         cold, the Astro and parse floors, 10 × 100,000)
 *
 * Options: --years --projects --cases --payments (per project-year) --seed --runs (timings are
 * the best of this many) --dir (work folder; a temporary one by default) --keep (leave it)
 * --no-sample (skip building the bundled sample, whose report page is weighed)
 * --archive-years (also build that many years of the same shape, timed against the archive
 * targets: `--years 1 --cases 100000 --payments 200000 --archive-years 10` prints every figure
 * of #17 in one run). --peers runs the peers harness (--peers-dir, ../shared/peers by default;
 * --runs counted runs per tool, 3 by default) and builds a ten-year archive of 100,000 cases a
 * year (--archive-years), and prints the table of #25 (scripts/bench/peers.ts).
 *
 * Definitions, also in docs/performance.md:
 * - bare parse: every CSV file read, decoded (UTF-8 or GB18030, as written) and split by
 *   Papa.parse, on one thread; the floor any reader of the same files pays.
 * - data layer: loadSite() as the build's loader calls it, without Astro and without writing
 *   ledger pages: read, decode, parse, header mapping, cell parsing, the privacy guard, zod
 *   validation, cross-file checks, measures, scores and subtotals, for every project-year.
 * - build: `node scripts/build.ts --quiet` from start to exit, output scan included; peak memory
 *   is the summed resident memory of the build's process tree, sampled every 50 ms.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './bench/generate.ts';
import type { Generated } from './bench/generate.ts';
import { bareParse, best, bestOfEach, dataLayer, runMeasured } from './bench/measure.ts';
import { outputSize, PAGE_LIMIT, pageWeight } from './bench/weight.ts';
import { DONE_WHEN, disagreements, rowOf, runPeers } from './bench/peers.ts';

/**
 * The targets of #17, judged on one run. One project-year of 100,000 cases + 200,000 payments
 * builds cold in no more time than Observable Framework cold on the same data — Observable is
 * timed by the peers harness (../shared/peers, whole processes), not here, so this benchmark
 * prints the build's ratio to the bare parse and leaves that comparison to the harness — and
 * peaks at 600 MiB at most. Ten such years: under 45 s and 1.2 GiB. The data layer: at most
 * 2 × the bare single-thread parse (1.5 × is where to be).
 */
const TARGETS = {
  peakBytes: 600 * 1024 ** 2,
  archiveSeconds: 45,
  archivePeakBytes: 1.2 * 1024 ** 3,
  dataRatio: 2,
  dataRatioGoal: 1.5,
  pageBytes: PAGE_LIMIT,
  reportBytes: 150 * 1024,
};

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '2' },
    projects: { type: 'string', default: '1' },
    cases: { type: 'string', default: '5000' },
    payments: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-sample': { type: 'boolean', default: false },
    /** Also build an archive of this many years of the same project-year shape (10 in #17). */
    'archive-years': { type: 'string', default: '0' },
    /** The figures of #25 instead: the peers harness at N = 1,000 and 100,000, and 10 × 100,000. */
    peers: { type: 'boolean', default: false },
    'peers-dir': { type: 'string' },
  },
});

const repo = process.cwd();
const shape = {
  years: Number(values.years),
  projects: Number(values.projects),
  cases: Number(values.cases),
  payments: Number(values.payments),
  seed: Number(values.seed),
};
const runs = Math.max(1, Number(values.runs));
const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'xinfang-bench-'));
const node = process.execPath;

const n = (x: number) => x.toLocaleString('en-US');
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? '达标' : '未达标');
/** Display width: CJK characters take two columns in a terminal. */
const width = (text: string) =>
  [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const row = (label: string, value: string, note = '') =>
  console.log(
    `  ${label}${' '.repeat(Math.max(1, 26 - width(label)))}${value.padStart(10)}  ${note}`,
  );

if (values.peers) {
  await peersBench();
  process.exit(0);
}

console.log(
  `基准测试：${shape.years} 年 × ${shape.projects} 个项目，每个项目年度 ${n(shape.cases)} 件案件 + ${n(shape.payments)} 笔拨付（种子 ${shape.seed}）`,
);
console.log(
  `机器：${availableParallelism()} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 1024 ** 3).toFixed(0)} GiB，开始时负载 ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`工作目录：${work}${values.keep ? '' : '（结束后删除）'}\n`);

try {
  let started = performance.now();
  const data = generate(work, shape, join(repo, 'content'));
  const rows = shape.years * shape.projects * (shape.cases + shape.payments);
  console.log('数据');
  row(
    '生成',
    s(performance.now() - started),
    `${mb(data.bytes)}，${data.files.length} 个 CSV，${n(rows)} 行记录`,
  );

  const siteOptions = { root: work, dataDir: 'data', contentDir: 'content' };
  // Taking turns, so that a load that comes and goes weighs on both sides of the ratio.
  const [bare, layer] = (await bestOfEach(runs, [
    () => bareParse(data.files),
    () => dataLayer(siteOptions),
  ])) as [number, number];
  row(
    '裸解析（papaparse）',
    s(bare),
    `读文件 + 解码 + Papa.parse，单线程，与数据层轮流各 ${runs} 次取最短`,
  );
  const ratio = layer / bare;
  row(
    '数据层（loadSite）',
    s(layer),
    `= ${ratio.toFixed(2)} × 裸解析；目标 ≤ ${TARGETS.dataRatio} ×：${mark(ratio <= TARGETS.dataRatio)}（理想 ≤ ${TARGETS.dataRatioGoal} ×：${mark(ratio <= TARGETS.dataRatioGoal)}）`,
  );
  const single = await best(1, () => dataLayer({ ...siteOptions, workers: 1 }));
  row('数据层（单线程，参考）', s(single), `= ${(single / bare).toFixed(2)} × 裸解析`);
  const withLedgers = await best(1, () =>
    dataLayer({ ...siteOptions, ledgerDir: join(work, 'ledgers') }),
  );
  row(
    '数据层 + 写台账分页',
    s(withLedgers),
    '（台账各页的表格行 HTML 与 CSV 下载文件，构建时由加载器写入）',
  );

  console.log('\n构建（node scripts/build.ts --quiet，冷缓存）');
  const out = join(work, 'site');
  const build = await buildSite(data, out, join(work, 'cache'));
  const archive = shape.years >= 10;
  const buildRatio = build.ms / bare;
  row(
    '墙钟时间',
    s(build.ms),
    archive
      ? `目标 < ${TARGETS.archiveSeconds} s：${mark(build.ms < TARGETS.archiveSeconds * 1000)}`
      : `= ${buildRatio.toFixed(2)} × 裸解析；目标：不慢于 Observable 冷构建，由同伴基准（../shared/peers）比较`,
  );
  const peakTarget = archive ? TARGETS.archivePeakBytes : TARGETS.peakBytes;
  row(
    '峰值内存',
    `${(build.peakBytes / 1024 ** 2).toFixed(0)} MiB`,
    `进程树常驻内存之和，每 50 ms 采样；目标 ≤ ${(peakTarget / 1024 ** 2).toFixed(0)} MiB：${mark(build.peakBytes <= peakTarget)}`,
  );

  const size = outputSize(out);
  console.log('\n输出');
  row('文件', n(size.files), `共 ${mb(size.bytes)}，其中 HTML 页面 ${n(size.htmlPages)} 个`);
  row(
    '最大的 HTML 页面',
    kb(size.largest.bytes),
    `${size.largest.file}；目标 ≤ 1 MB：${mark(size.overLimit.length === 0)}`,
  );
  const latest = pageWeight(out, '/', `${data.latest}/index.html`);
  row('本次最新报告页及资源', kb(latest.raw), `gzip ${kb(latest.gzip)}（${data.latest}/）`);

  const archiveYears = Number(values['archive-years']);
  if (archiveYears > 0) {
    const dir = join(work, 'archive');
    const archiveData = generate(dir, { ...shape, years: archiveYears }, join(repo, 'content'));
    console.log(
      `\n档案构建：${archiveYears} 年 × ${shape.projects} 个项目，${mb(archiveData.bytes)}（冷缓存）`,
    );
    const built = await buildSite(archiveData, join(dir, 'site'), join(dir, 'cache'));
    rmSync(dir, { recursive: true, force: true });
    row(
      '墙钟时间',
      s(built.ms),
      `= ${(built.ms / build.ms).toFixed(2)} × 单个项目年度；目标 < ${TARGETS.archiveSeconds} s：${mark(built.ms < TARGETS.archiveSeconds * 1000)}`,
    );
    row(
      '峰值内存',
      `${(built.peakBytes / 1024 ** 3).toFixed(2)} GiB`,
      `目标 < ${(TARGETS.archivePeakBytes / 1024 ** 3).toFixed(1)} GiB：${mark(built.peakBytes < TARGETS.archivePeakBytes)}`,
    );
  }

  if (!values['no-sample']) {
    started = performance.now();
    const sampleOut = join(work, 'sample');
    const sample = await runMeasured(
      node,
      ['scripts/build.ts', '--out', sampleOut, '--cache', join(work, 'sample-cache'), '--quiet'],
      { cwd: repo },
    );
    if (sample.code !== 0) throw new Error(`示例站点构建失败：\n${sample.output}`);
    const page = sampleReportPage(sampleOut);
    const weight = pageWeight(sampleOut, '/', page);
    console.log(`\n示例报告页 ${page} 及其加载的全部资源（示例站点构建 ${s(sample.ms)}）`);
    for (const part of weight.parts) row('', kb(part.raw), `gzip ${kb(part.gzip)}  ${part.file}`);
    row(
      '合计',
      kb(weight.raw),
      `gzip ${kb(weight.gzip)}；目标 < 150 KB：原始 ${mark(weight.raw < TARGETS.reportBytes)}，gzip ${mark(weight.gzip < TARGETS.reportBytes)}`,
    );
  }
  console.log(
    `\n结束时负载 ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}（负载高于核数时，绝对时间偏长，比值仍可比较）`,
  );
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

/** A cold build of generated data, timed and its peak memory sampled; throws if it fails. */
async function buildSite(data: Generated, out: string, cache: string) {
  rmSync(cache, { recursive: true, force: true });
  const build = await runMeasured(
    node,
    [
      'scripts/build.ts',
      '--data',
      data.dataDir,
      '--content',
      data.contentDir,
      '--out',
      out,
      '--cache',
      cache,
      '--quiet',
    ],
    { cwd: repo },
  );
  if (build.code !== 0) {
    console.error(build.output);
    throw new Error(`构建失败（退出码 ${build.code}）`);
  }
  return build;
}

/** The report of the bundled sample's 积案化解 project in its latest year. */
function sampleReportPage(site: string): string {
  const years = readdirSync(site).filter((y) => /^\d{4}$/.test(y));
  const year = years
    .sort()
    .reverse()
    .find((y) => existsSync(join(site, y, 'jiean-huajie')));
  if (year === undefined) throw new Error('示例站点中找不到 jiean-huajie 的报告页');
  return `${year}/jiean-huajie/index.html`;
}

/**
 * `--peers`: the figures of #25 from one run. The harness times every tool as a whole process
 * (median of --runs, peak of the largest process); the archive is built here (best of one,
 * peak of the whole process tree). Ratios are to Observable Framework cold in the same run.
 */
async function peersBench(): Promise<void> {
  const peersDir = resolve(values['peers-dir'] ?? join(repo, '..', 'shared', 'peers'));
  const years = Number(values['archive-years']) || DONE_WHEN.archive.years;
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const started = new Date();
  console.log(
    `#25 的基准：同伴基准 ${peersDir}（RUNS=${runs}），再建 ${years} 年 × 100,000 件的档案`,
  );
  console.log(
    `机器：${availableParallelism()} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 1024 ** 3).toFixed(0)} GiB；开始 ${started.toISOString()}，负载 ${load()}`,
  );
  console.log(`工作目录：${work}${values.keep ? '' : '（结束后删除）'}\n`);
  try {
    const rows = await runPeers({
      peersDir,
      repo,
      work,
      runs,
      ns: [DONE_WHEN.small.n, DONE_WHEN.large.n],
    });
    const loadAfterPeers = load();
    const dir = join(work, 'archive');
    const data = generate(
      dir,
      { years, projects: 1, cases: 100_000, payments: 200_000, seed: shape.seed },
      join(repo, 'content'),
    );
    const archive = await buildSite(data, join(dir, 'site'), join(dir, 'cache'));

    const MiB = (x: number) => `${x.toFixed(0)} MiB`;
    console.log('| 工具 | N = 1,000 | N = 100,000 | 峰值（1,000 / 100,000） |');
    console.log('|---|---|---|---|');
    const names: Record<string, string> = {
      'parse-floor': 'papaparse 解析 + 求和（下限）',
      'astro-floor': 'Astro 7 单页（下限）',
      observable: 'Observable Framework 冷构建',
      project: '本站',
    };
    for (const tool of ['parse-floor', 'astro-floor', 'observable', 'project']) {
      const a = rowOf(rows, tool, DONE_WHEN.small.n);
      const b = rowOf(rows, tool, DONE_WHEN.large.n);
      console.log(
        `| ${names[tool]} | ${a.seconds.toFixed(2)} s | ${b.seconds.toFixed(2)} s | ${MiB(a.peakMiB)} / ${MiB(b.peakMiB)} |`,
      );
    }
    console.log(
      `| 本站 ${years} 年 × 100,000 件 | | ${s(archive.ms)} | ${(archive.peakBytes / 1024 ** 3).toFixed(2)} GiB（进程树之和） |`,
    );

    console.log('\n完成标准（#25，同一次运行中的比值）');
    const small = DONE_WHEN.small;
    const large = DONE_WHEN.large;
    const ratio = (n: number) =>
      rowOf(rows, 'project', n).seconds / rowOf(rows, 'observable', n).seconds;
    const peak = (n: number) => rowOf(rows, 'project', n).peakMiB;
    console.log(
      `  N = 1,000：${ratio(small.n).toFixed(2)} × Observable（≤ ${small.ratio}：${mark(ratio(small.n) <= small.ratio)}），峰值 ${MiB(peak(small.n))}（≤ ${small.peakMiB}：${mark(peak(small.n) <= small.peakMiB)}）`,
    );
    console.log(
      `  N = 100,000：${ratio(large.n).toFixed(2)} × Observable（≤ ${large.ratio}：${mark(ratio(large.n) <= large.ratio)}；理想 ≤ ${large.goal}：${mark(ratio(large.n) <= large.goal)}），峰值 ${MiB(peak(large.n))}（≤ ${large.peakMiB}：${mark(peak(large.n) <= large.peakMiB)}）`,
    );
    const arch = DONE_WHEN.archive;
    console.log(
      `  ${years} 年 × 100,000：${s(archive.ms)}（< ${arch.seconds} s：${mark(archive.ms < arch.seconds * 1000)}），峰值 ${(archive.peakBytes / 1024 ** 3).toFixed(2)} GiB（< ${(arch.peakBytes / 1024 ** 3).toFixed(1)} GiB：${mark(archive.peakBytes < arch.peakBytes)}）`,
    );
    for (const problem of disagreements(rows)) console.log(`  注意：${problem}`);
    console.log(
      `\n同伴基准后负载 ${loadAfterPeers}，结束时负载 ${load()}，结束 ${new Date().toISOString()}（负载高于核数时绝对时间偏长，比值仍可比较）`,
    );
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}
