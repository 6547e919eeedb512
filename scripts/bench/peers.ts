/**
 * The figures #25 is judged on, from one run: this site beside Observable Framework (cold), a
 * one-page Astro site and a bare papaparse parse, all built from the same files by the peers
 * harness (../shared/peers, whole processes timed by /usr/bin/time, median of RUNS), plus a
 * ten-year archive built by this benchmark. Only ratios within one run are compared: on a
 * shared machine every absolute time is too long, and by different amounts on different days.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of the harness's summary: a tool at one N, median wall time and peak memory. */
export interface PeerRow {
  tool: string;
  n: number;
  seconds: number;
  /** Peak resident memory of the tool's largest process, MiB. */
  peakMiB: number;
  /** The total spending (元) the tool computed: every row of one N must agree. */
  total: string;
}

/** The tools of the comparison, as the harness names them. */
export const TOOLS = ['parse-floor', 'astro-floor', 'observable', 'project'] as const;

/** Done when (#25): time as a share of Observable cold, peak memory, per N; the archive. */
export const DONE_WHEN = {
  small: { n: 1_000, ratio: 0.6, peakMiB: 500 },
  large: { n: 100_000, ratio: 1.0, goal: 0.8, peakMiB: 700 },
  archive: { years: 10, seconds: 60, peakBytes: 1.2 * 1024 ** 3 },
};

/**
 * The rows of the harness's summary.md (`| tool | N | wall median s | peak RSS MiB | … | total 元 |
 * runs |`); a failed build's row (`FAILED`) is left out.
 */
export function parseSummary(markdown: string): PeerRow[] {
  const rows: PeerRow[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // ['', tool, N, wall, peak, size, html, total, runs, '']
    if (cells.length < 10 || !/^\d+$/.test(cells[2] ?? '')) continue;
    const seconds = Number(cells[3]);
    const peakMiB = Number(cells[4]);
    if (!Number.isFinite(seconds) || !Number.isFinite(peakMiB) || cells[3] === '') continue;
    rows.push({
      tool: cells[1] ?? '',
      n: Number(cells[2]),
      seconds,
      peakMiB,
      total: (cells[7] ?? '').replace(/\s*\(.*\)$/, ''),
    });
  }
  return rows;
}

/**
 * The harness's project.sh builds in /tmp/peers-project/$N, which another run on the same
 * machine may be using at the same time: the copy builds in a folder of this run's own. It also
 * deletes the checkout's `.build/` before each build; that folder holds only the test suite's
 * scratch sites (the build's caches are `.astro/` and `node_modules/.astro|.vite`, still
 * deleted), so the copy keeps it and end-to-end tests can run beside the benchmark.
 */
export function ownProjectFolder(script: string, folder: string): string {
  const line = /^W=\/tmp\/peers-project\/\$N$/m;
  if (!line.test(script))
    throw new Error('peers/project.sh 中没有找到工作目录一行（W=…），无法改用本次的目录');
  return script.replace(line, `W=${folder}/$N`).replace(/^(rm -rf .*) \.build( .*)$/m, '$1$2');
}

export interface PeersRun {
  /** The harness as shipped (read only; copied before use). */
  peersDir: string;
  /** This project's checkout, built by project.sh. */
  repo: string;
  /** A folder of this run's own. */
  work: string;
  runs: number;
  ns: readonly number[];
}

/**
 * Copies the harness into `work`, runs it on the four tools at each N (the first run installs
 * each peer's pinned packages) and returns its summary; the harness's progress goes to stderr.
 */
export async function runPeers(run: PeersRun): Promise<PeerRow[]> {
  if (!existsSync(join(run.peersDir, 'run.sh')))
    throw new Error(`找不到同伴基准 ${run.peersDir}/run.sh（可用 --peers-dir 指定）`);
  const copy = join(run.work, 'peers');
  cpSync(run.peersDir, copy, { recursive: true });
  const projectSh = join(copy, 'project.sh');
  writeFileSync(
    projectSh,
    ownProjectFolder(readFileSync(projectSh, 'utf8'), join(run.work, 'project')),
    { mode: 0o755 },
  );
  const results = join(run.work, 'results');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('bash', [join(copy, 'run.sh')], {
      cwd: run.repo,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PROJECT: run.repo,
        PROJECT_CMD: projectSh,
        RUNS: String(run.runs),
        NS: run.ns.join(' '),
        TOOLS: TOOLS.filter((t) => t !== 'project').join(' '),
        RESULTS: results,
      },
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`同伴基准运行失败（退出码 ${code}），见 ${results}`);
  return parseSummary(readFileSync(join(results, 'summary.md'), 'utf8')).map((row) =>
    row.tool === 'project' && row.total === '—'
      ? {
          ...row,
          total: lastLine(readFileSync(join(results, `project-${row.n}.build.log`), 'utf8')),
        }
      : row,
  );
}

/** The last non-blank line: what project.sh prints last is the total from report.json. */
export function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1)?.trim() ?? '';
}

/** The row of `tool` at `n`, or an error naming what the harness did not report. */
export function rowOf(rows: readonly PeerRow[], tool: string, n: number): PeerRow {
  const row = rows.find((r) => r.tool === tool && r.n === n);
  if (!row) throw new Error(`同伴基准没有给出 ${tool} 在 N = ${n} 时的结果（构建失败？）`);
  return row;
}

/** Totals that differ between the tools at one N: the figures were not computed alike. */
export function disagreements(rows: readonly PeerRow[]): string[] {
  const out: string[] = [];
  for (const n of new Set(rows.map((r) => r.n))) {
    const totals = new Set(rows.filter((r) => r.n === n && r.total !== '—').map((r) => r.total));
    if (totals.size > 1)
      out.push(`N = ${n}：各工具算出的支出合计不同（${[...totals].join('、')}）`);
  }
  return out;
}
