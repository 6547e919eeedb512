/**
 * Real builds through Astro's own command: the output scan and the publishing belong to the
 * build (src/integrations/publish.ts), so `astro build` — what `npx astro build` and every
 * hosting preset run — publishes the same checked site as `npm run build`, or nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCaseRoot, PLANTED } from '../corpus/corpus.ts';
import { MARKER } from '../../src/lib/output/marker.ts';
import { realPath } from '../../src/lib/output/out-path.ts';
import { siblings } from '../../src/lib/output/publish.ts';
import { siteDir, siteFiles } from './helpers.ts';
import type { BuildRun } from './helpers.ts';

const WORK = resolve('.build/e2e/publish');
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
let input = '';
let shm = '';

/** `astro build --outDir out`, as `npx astro build` runs it, on the small test input. */
function astroArgs(out: string): [string, string[], { env: NodeJS.ProcessEnv }] {
  return [
    process.execPath,
    [ASTRO, 'build', '--outDir', out],
    {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        XF_DATA_DIR: join(input, 'data'),
        XF_CONTENT_DIR: join(input, 'content'),
      },
    },
  ];
}

function astroBuild(out: string): BuildRun {
  const [cmd, args, options] = astroArgs(out);
  const run = spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

function astroBuildAsync(out: string): Promise<BuildRun> {
  const [cmd, args, options] = astroArgs(out);
  const child = spawn(cmd, args, options);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((done) => child.once('close', (code) => done({ code, output })));
}

function npmBuild(...args: string[]): BuildRun {
  const run = spawnSync('npm', ['run', 'build', '--', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A hash of every file's path and bytes under `dir`. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of siteFiles(dir)) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

/** What lies next to the output: no staging, previous or lock left behind. */
function leftovers(out: string): string[] {
  return readdirSync(dirname(out)).filter((f) => /-(?:staging|previous|lock)$/.test(f));
}

const OUT = join(WORK, 'site');
let goodHash = '';

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  input = makeCaseRoot(join(WORK, 'input'));
  shm = mkdtempSync('/dev/shm/xf-e2e-');
  const run = astroBuild(OUT);
  expect(run.code, run.output).toBe(0);
  goodHash = treeHash(OUT);
});

afterAll(() => rmSync(shm, { recursive: true, force: true }));

describe('astro build (what npx astro build and hosting presets run)', () => {
  it('publishes a scanned site with its marker, and nothing beside it', () => {
    expect(existsSync(join(OUT, '2024/demo/index.html'))).toBe(true);
    expect(existsSync(join(OUT, MARKER))).toBe(true);
    expect(leftovers(OUT)).toEqual([]);
  });

  it('npm run build (the sample built for these tests) published it the same way: marker, nothing beside it', () => {
    expect(existsSync(join(siteDir(), MARKER))).toBe(true);
    expect(existsSync(join(siteDir(), 'index.html'))).toBe(true);
    expect(leftovers(siteDir())).toEqual([]);
  });

  it('fails on a phone number planted in a narrative, naming the file and line, never echoing it, the site untouched', () => {
    const narrative = join(input, 'content/2024/demo/02-pingjia.mdx');
    writeFileSync(narrative, `经办人手机 ${PLANTED[1]}。\n`);
    try {
      const { code, output } = astroBuild(OUT);
      expect(code, output).not.toBe(0);
      expect(output).toContain(
        '.build/e2e/publish/input/content/2024/demo/02-pingjia.mdx:1: 正文中疑似有手机号码，不得写入；请删除该号码（此处不显示内容）',
      );
      expect(output).not.toContain(PLANTED[1]);
      expect(output).toContain(
        '构建失败：输出目录 .build/e2e/publish/site/ 保持上一次成功构建的内容',
      );
      expect(treeHash(OUT)).toBe(goodHash);
      expect(leftovers(OUT)).toEqual([]);
    } finally {
      rmSync(narrative);
    }
  });

  it('publishes to another filesystem (/dev/shm), where a rename from the project cannot go', () => {
    const out = join(shm, 'site');
    const { code, output } = astroBuild(out);
    expect(code, output).toBe(0);
    expect(treeHash(out)).toBe(goodHash);
    expect(leftovers(out)).toEqual([]);
  });

  it('two builds into one folder at once: one waits for the other, both succeed, the site is whole', async () => {
    const runs = await Promise.all([astroBuildAsync(OUT), astroBuildAsync(OUT)]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    expect(runs.some((r) => r.output.includes('等它完成后再继续'))).toBe(true);
    expect(treeHash(OUT)).toBe(goodHash);
    expect(leftovers(OUT)).toEqual([]);
  });

  it.each([
    ['its content is synced', /Synced content/],
    ['it renders pages', /generating static routes/],
  ])(
    'a build killed (SIGKILL) once %s leaves the old site whole; the next build tidies up',
    async (_, moment) => {
      const [cmd, args, options] = astroArgs(OUT);
      const child = spawn(cmd, args, options);
      const closed = new Promise((r) => child.once('close', r));
      let seen = '';
      const reached = new Promise<boolean>((done) => {
        child.stdout.on('data', (d: Buffer) => {
          seen += d.toString();
          if (moment.test(seen)) done(child.kill('SIGKILL'));
        });
        void closed.then(() => done(false));
      });
      expect(await reached, seen).toBe(true);
      await closed;
      expect(treeHash(OUT)).toBe(goodHash);
      const run = astroBuild(OUT);
      expect(run.code, run.output).toBe(0);
      expect(treeHash(OUT)).toBe(goodHash);
      expect(leftovers(OUT)).toEqual([]);
    },
    180_000,
  );
});

describe('npm run build -- --out into the project itself', () => {
  /** Every path and byte of the project except what builds write (caches, outputs). */
  function projectHash(): string {
    const out = spawnSync('git', ['status', '--porcelain', '--ignored=no'], { encoding: 'utf8' });
    return createHash('sha256')
      .update(out.stdout)
      .update(treeHash('data'))
      .update(treeHash('content'))
      .digest('hex');
  }

  it.each([
    ['data', '就是 data/（数据目录）'],
    ['.', '就是项目目录'],
  ])(
    '--out %s is refused with “%s”, nothing touched',
    (out, words) => {
      const before = projectHash();
      const { code, output } = npmBuild('--out', out, '--quiet');
      expect(code, output).not.toBe(0);
      expect(output).toContain(words);
      expect(output).toContain('未作任何改动');
      expect(projectHash()).toBe(before);
      const { staging, previous, lock } = siblings(realPath(out));
      for (const path of [staging, previous, lock]) expect(existsSync(path), path).toBe(false);
    },
    60_000,
  );
});
