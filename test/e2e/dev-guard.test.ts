/**
 * `npm run dev` serves the site only (src/integrations/dev-guard.ts): a real dev server on
 * 127.0.0.1, asked for the raw data, the narrative sources, the configuration and the code by
 * every path a browser could use, refuses each; the pages and every module they load still
 * come. The data and narrative are a copy outside the project (XF_DATA_DIR, XF_CONTENT_DIR),
 * so both the folder a build reads and the project's own data/ are tried.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const CASES = '2024/jiean-huajie/cases.csv';
let dir = '';
let server: ChildProcess | undefined;
let base = '';
let output = '';

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(120_000) });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xf-dev-guard-'));
  cpSync('data', join(dir, 'data'), { recursive: true });
  cpSync('content', join(dir, 'content'), { recursive: true });
  // Port 0: the system picks a free one; the server prints where it listens.
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '0', '--host', '127.0.0.1'],
    {
      env: {
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
  // Bounded: ten minutes against a hang on a busy machine.
  for (let i = 0; i < 2000 && base === ''; i++) {
    const m = /http:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(output);
    if (m) base = `http://127.0.0.1:${m[1]}`;
    else await new Promise((r) => setTimeout(r, 300));
  }
  if (base === '') throw new Error(`开发服务器没有启动：\n${output.slice(-4000)}`);
}, 900_000);

afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('astro dev serves the site, not the project', () => {
  it.each([
    [`/data/${CASES}`],
    [`/data/${CASES}?raw`],
    [`/data/${CASES}?url`],
    [`/data/${CASES}?import`],
    [`/@fs${ROOT}/data/${CASES}`],
    [`/@fs${ROOT}/data/${CASES}?raw`],
    // The data the server reads, outside the project, by its absolute path.
    ['/@fs<copy>/data/' + CASES],
    ['/@fs<copy>/data/' + CASES + '?raw'],
    ['/@fs<copy>/content/2024/jiean-huajie/project.yaml?raw'],
    ['/@fs<copy>/content/2024/jiean-huajie/01-jiben.mdx?raw'],
    ['/content/2024/jiean-huajie/project.yaml'],
    ['/content/2024/jiean-huajie/01-jiben.mdx?raw'],
    ['/package.json'],
    ['/package.json?raw'],
    ['/astro.config.mjs'],
    ['/README.md'],
    ['/.git/HEAD'],
    ['/.git/config'],
    ['/src/lib/output/publish.ts'],
    ['/src/lib/output/publish.ts?raw'],
    ['/src/pages/index.astro'],
    ['/src/layouts/BaseLayout.astro'],
    ['/src/scripts/../lib/privacy/privacy.ts'],
    ['/src/scripts/%2e%2e/lib/privacy/privacy.ts'],
    ['/scripts/build.ts'],
    ['/test/e2e/setup.ts'],
    [`/@fs${ROOT}/src/lib/privacy/privacy.ts`],
    [`/@fs${ROOT}/package.json`],
    ['/node_modules/.astro/data-store.json'],
    ['/@fs/etc/passwd'],
  ])(
    '%s is refused (403 or 404), its content never sent',
    async (path) => {
      const { status, text } = await get(path.replace('<copy>', dir));
      expect([403, 404], `${path} → ${status}`).toContain(status);
      expect(text).not.toContain('信访人编号');
      expect(text).not.toContain('"name": "xinfang-jixiao"');
      expect(text).not.toContain('export function');
      expect(text).not.toContain('项目名称');
    },
    180_000,
  );

  it('the pages still come, with every script and style they load (modules followed two imports deep)', async () => {
    const page = await get('/2024/jiean-huajie/');
    expect(page.status, output.slice(-3000)).toBe(200);
    const seen = new Set<string>();
    let wave = [...page.text.matchAll(/<script[^>]*\bsrc="(\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(wave.some((src) => src.startsWith('/src/'))).toBe(true);
    for (let depth = 0; depth < 3 && wave.length > 0; depth++) {
      const next: string[] = [];
      for (const src of wave) {
        if (seen.has(src)) continue;
        seen.add(src);
        const module = await get(src);
        expect(module.status, src).toBe(200);
        for (const m of module.text.matchAll(/(?:import|from)\s*\(?\s*"(\/(?:src|@fs)\/[^"]+)"/g))
          next.push(m[1] ?? '');
      }
      wave = next;
    }
    expect([...seen].some((src) => src.includes('search'))).toBe(true);
  }, 600_000);
});
