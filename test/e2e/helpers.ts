/** Shared pieces of the end-to-end tests: the built site, a server for it, and Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import type { StaticServer } from '../../scripts/lib/serve.ts';
import { reportFromJson } from '../../src/lib/model/report-json.ts';
import type { Report } from '../../src/lib/model/report-schema.ts';

export interface BuildRun {
  code: number | null;
  /** What the build printed, stdout then stderr. */
  output: string;
}

/**
 * Runs `node scripts/build.ts --quiet` as a user would, with a cache folder of its own; with
 * `quiet: false`, without --quiet (which is Astro's --silent: errors only), to read warnings.
 */
export function runBuild(options: {
  out: string;
  cache: string;
  /** A folder holding `data/` and `content/`; the bundled sample when absent. */
  root?: string;
  base?: string;
  quiet?: boolean;
  /** XF_* variables for the build (those without a flag, such as XF_PAGE_SIZE). */
  env?: Record<string, string>;
}): BuildRun {
  const args = ['scripts/build.ts', '--out', options.out, '--cache', options.cache];
  if (options.quiet !== false) args.push('--quiet');
  if (options.root !== undefined)
    args.push('--data', join(options.root, 'data'), '--content', join(options.root, 'content'));
  if (options.base !== undefined) args.push('--base', options.base);
  const run = spawnSync(process.execPath, args, {
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

export interface DevServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** What it printed so far. */
  output(): string;
  stop(): void;
}

/**
 * `astro dev` on 127.0.0.1, started as a user's shell would (without the test runner's
 * NODE_ENV and VITEST flags), with `env` (XF_* variables); resolves once it says where it
 * listens, polling at most ten minutes (a bound against a hang, not a budget).
 */
export async function startDevServer(env: Record<string, string>): Promise<DevServer> {
  let output = '';
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '0', '--host', '127.0.0.1'],
    {
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
        ),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  for (let i = 0; i < 2000; i++) {
    const m = /http:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(output);
    if (m) return { url: `http://127.0.0.1:${m[1]}/`, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  stop();
  throw new Error(`开发服务器没有启动：\n${output.slice(-4000)}`);
}

export function siteDir(): string {
  return inject('siteDir');
}

/** Every file of the built site, relative, forward slashes. */
export function siteFiles(dir = siteDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlPages(dir = siteDir()): string[] {
  return siteFiles(dir).filter((f) => f.endsWith('.html'));
}

/** `2024/jiean-huajie/index.html` → `2024/jiean-huajie/` */
export function pagePath(file: string): string {
  return file.replace(/index\.html$/, '');
}

export function readReport(year: number, slug: string, dir = siteDir()): Report {
  const json: unknown = JSON.parse(
    readFileSync(join(dir, String(year), slug, 'report.json'), 'utf8'),
  );
  return reportFromJson(json) as Report;
}

export interface Session {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(dir = siteDir(), base = '/'): Promise<Session> {
  const server = await serveSite(dir, base);
  const browser = await launchBrowser();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens a page and records console errors, page errors and failed requests. */
export async function visit(
  session: Session,
  path: string,
): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A request the next navigation cuts short (the icon, say) is aborted, not failed; a missing
  // file shows as an HTTP error below.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(session.server.url + path, { waitUntil: 'load' });
  return { page, problems };
}

export interface DrawnChart {
  kind: string;
  title: string;
  /** The drawing's box on the page, in CSS px. */
  width: number;
  height: number;
  /** Summed box area of the data's marks (filled bars and slices, 2 px lines), in CSS px². */
  paintedArea: number;
  /** Vertices of each open 2 px line (a series drawn as a line), in drawing order. */
  lines: number[];
  /** Every text the drawing shows: axis labels, ticks, legend. */
  texts: string[];
  /** Row heads of the figure's data table, its 合计 row left out. */
  rows: string[];
}

/** What each chart of a page draws, as Chromium lays the SVG out. */
export function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.$$eval('figure[data-chart]', (figures) =>
    figures.map((f) => {
      const svg = f.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const scale = svg && box ? box.width / svg.viewBox.baseVal.width : 0;
      let paintedArea = 0;
      const marks = 'path:not([fill="none"]), path[stroke-width="2"]';
      for (const shape of svg?.querySelectorAll<SVGGraphicsElement>(marks) ?? []) {
        if (shape.closest('clipPath')) continue;
        const b = shape.getBBox();
        paintedArea += b.width * b.height * scale * scale;
      }
      return {
        kind: f.getAttribute('data-chart') ?? '',
        title: f.querySelector('figcaption')?.textContent?.trim() ?? '',
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        paintedArea,
        lines: [...(svg?.querySelectorAll('path[stroke-width="2"]') ?? [])]
          .map((p) => p.getAttribute('d') ?? '')
          .filter((d) => !d.includes('Z'))
          .map((d) => (d.match(/[ML]/g) ?? []).length),
        texts: [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent ?? ''),
        rows: [...f.querySelectorAll('.chart-table tbody th')]
          .map((th) => th.textContent?.trim() ?? '')
          .filter((t) => t !== '合计'),
      };
    }),
  );
}
