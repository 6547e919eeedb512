/**
 * `npm run dev` with a data or narrative error: the pages of the project-year it is in show the
 * located message (HTTP 500), never the figures of the last good data, and come back once the
 * file is fixed; the other project-years' pages show as usual. The dev server
 * runs on a copy of the sample data and narrative; every wait is bounded and polls for content,
 * not for time.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/lib/report/format.ts';
import { golden } from '../unit/support/reports.ts';

const PAGE = '2024/jiean-huajie/';
const BUDGET = join('2024', 'jiean-huajie', 'budget.csv');

let dir: string;
let server: ChildProcess | undefined;
let base = '';
let output = '';
let last = '';

/**
 * Polls `check` until it returns a value, at most `attempts` times `every` ms apart: up to ten
 * minutes, a bound against a hang, not a budget (a busy machine only makes it poll longer).
 */
async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  attempts = 2000,
  every = 300,
): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const found = await check().catch((e: unknown) => {
      last = String(e instanceof Error ? `${e.message} ${String(e.cause)}` : e);
      return undefined;
    });
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  throw new Error(`等待超时：${what} ${last}\n${output.slice(-4000)}`);
}

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${path}`, { headers: { 'cache-control': 'no-cache' } });
  const text = await response.text();
  last = `${path} → ${response.status} ${text.slice(0, 300)}`;
  return { status: response.status, text };
}

/** A port nothing listens on now: the system picks it, then it is let go for the server. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('没有空闲端口');
  return address.port;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xf-dev-'));
  const port = await freePort();
  cpSync('data', join(dir, 'data'), { recursive: true });
  cpSync('content', join(dir, 'content'), { recursive: true });
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        // As a user's shell has it: not the test runner's NODE_ENV=test and VITEST flags.
        ...Object.fromEntries(
          Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
        ),
        ASTRO_TELEMETRY_DISABLED: '1',
        XF_DATA_DIR: join(dir, 'data'),
        XF_CONTENT_DIR: join(dir, 'content'),
        XF_LEDGER_DIR: join(dir, 'ledgers'),
        XF_CACHE_DIR: join(dir, 'cache'),
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  base = await waitFor('开发服务器启动', async () => {
    // The port it really listens on: another process may have taken ours meanwhile.
    const m = /http:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(output);
    return m ? `http://127.0.0.1:${m[1]}/` : undefined;
  });
}, 900_000);

afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('astro dev on a copy of the data and narrative that breaks and is fixed', () => {
  it('shows the located error instead of the last good figures, then the report again', async () => {
    const rate = formatPercent(golden(2024, 'jiean-huajie').measures['预算执行率'] ?? null);
    const good = await waitFor('报告页面', async () => {
      const page = await get(PAGE);
      return page.status === 200 && page.text.includes(rate) ? page : undefined;
    });
    expect(good.text).not.toContain('data-dev-problems');

    const file = join(dir, 'data', BUDGET);
    const original = readFileSync(file, 'utf8');
    const lines = original.split('\n');
    expect(lines[1]).toMatch(/^本年财政拨款,640\.00,/);
    lines[1] = (lines[1] ?? '').replace('640.00', '6四0.00');
    writeFileSync(file, lines.join('\n'));

    const broken = await waitFor('错误页面', async () => {
      const page = await get(PAGE);
      return page.text.includes('data-dev-problems') ? page : undefined;
    });
    expect(broken.status).toBe(500);
    expect(broken.text).toMatch(/data\/2024\/jiean-huajie\/budget\.csv:2: 年初预算数\(万元\): /);
    expect(broken.text).not.toContain(rate);
    // Only the broken project-year's pages: another project's, another year's and the home
    // page show as usual, their figures from the data that is still good.
    for (const path of ['2024/jiean-huajie/cases/', '2024/jiean-huajie/print/']) {
      const same = await get(path);
      expect(same.status, path).toBe(500);
      expect(same.text, path).toContain('budget.csv:2');
    }
    for (const path of ['2024/xinfang-jiuzhu/', '2023/jiean-huajie/', '']) {
      const other = await get(path);
      expect(other.status, path).toBe(200);
      expect(other.text, path).not.toContain('data-dev-problems');
    }
    const jiuzhu = await get('2024/xinfang-jiuzhu/');
    expect(jiuzhu.text).toContain(
      formatPercent(golden(2024, 'xinfang-jiuzhu').measures['预算执行率'] ?? null),
    );

    writeFileSync(file, original);
    const back = await waitFor('恢复后的报告页面', async () => {
      const page = await get(PAGE);
      return page.status === 200 && page.text.includes(rate) ? page : undefined;
    });
    expect(back.text).not.toContain('data-dev-problems');
  }, 1_800_000);

  it('shows a narrative error the same way, and the report once it is fixed', async () => {
    const file = join(dir, 'content', '2024', 'jiean-huajie', '04-3-chanchu.mdx');
    const original = readFileSync(file, 'utf8');
    expect(original).toContain('<Measure name="积案总数" />');
    writeFileSync(
      file,
      original.replace('<Measure name="积案总数" />', '<Mesure name="积案总数" />'),
    );
    const broken = await waitFor('错误页面', async () => {
      const page = await get(PAGE);
      return page.text.includes('data-dev-problems') ? page : undefined;
    });
    expect(broken.status).toBe(500);
    expect(broken.text).toMatch(
      /content\/2024\/jiean-huajie\/04-3-chanchu\.mdx:1: 第\d+列: 不认识的组件/,
    );
    writeFileSync(file, original);
    const back = await waitFor('恢复后的报告页面', async () => {
      const page = await get(PAGE);
      return page.status === 200 && !page.text.includes('data-dev-problems') ? page : undefined;
    });
    expect(back.text).toContain('化解率');
  }, 1_800_000);

  it('escapes a message that carries markup, so the error page shows it as text', async () => {
    const file = join(dir, 'data', BUDGET);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('本年财政拨款,640.00', '本年财政拨款,<b>x</b>'));
    const broken = await waitFor('错误页面', async () => {
      const page = await get(PAGE);
      return page.text.includes('data-dev-problems') ? page : undefined;
    });
    expect(broken.text).not.toContain('<b>x</b>');
    writeFileSync(file, original);
    await waitFor('恢复', async () => {
      const page = await get(PAGE);
      return page.status === 200 ? page : undefined;
    });
  }, 1_800_000);
});
