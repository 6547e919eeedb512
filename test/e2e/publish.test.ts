/**
 * Real builds through Astro's own command: the output scan and the publishing belong to the
 * build (src/integrations/publish.ts), so `astro build` — what `npx astro build` and every
 * hosting preset run — publishes the same checked site as `npm run build`, or nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
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
import { LEGACY_MARKER_TEXT, MARKER } from '../../src/lib/output/marker.ts';
import { lockText } from '../../src/lib/output/build-lock.ts';
import { realPath } from '../../src/lib/output/out-path.ts';
import { siblings } from '../../src/lib/output/publish.ts';
import { siteDir, siteFiles } from './helpers.ts';
import type { BuildRun } from './helpers.ts';

const WORK = resolve('.build/e2e/publish');
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
let input = '';
let shm = '';

/** `astro build --outDir out`, as `npx astro build` runs it, on the small test input. */
function astroArgs(
  out: string,
  env: NodeJS.ProcessEnv = {},
): [string, string[], { env: NodeJS.ProcessEnv }] {
  return [
    process.execPath,
    [ASTRO, 'build', '--outDir', out],
    {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        XF_DATA_DIR: join(input, 'data'),
        XF_CONTENT_DIR: join(input, 'content'),
        ...env,
      },
    },
  ];
}

function astroBuild(out: string, env: NodeJS.ProcessEnv = {}): BuildRun {
  const [cmd, args, options] = astroArgs(out, env);
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

describe('astro build replaces or deletes only folders whose every file it wrote', () => {
  /** A copy of the good site at `dir`, with `extra` files added. */
  function copyOfSite(dir: string, extra: Record<string, string> = {}): void {
    rmSync(dir, { recursive: true, force: true });
    cpSync(OUT, dir, { recursive: true });
    for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  }

  it('a web root holding a copy of the site (its marker too) and one page of its own survives every build untouched', () => {
    const www = join(WORK, 'www');
    copyOfSite(www, { 'about.html': '<p>本单位的其他页面</p>' });
    const before = treeHash(www);
    for (let i = 0; i < 2; i++) {
      const { code, output } = astroBuild(www);
      expect(code, output).not.toBe(0);
      expect(output).toContain(
        '输出目录 .build/e2e/publish/www/ 中的 about.html 不是本项目构建写入的（标记文件所列的构建文件中没有它）',
      );
      expect(output).not.toContain('本单位的其他页面');
      expect(treeHash(www)).toBe(before);
      expect(leftovers(www)).toEqual([]);
    }
  }, 180_000);

  it.each([
    ['previous', 'index.html', '目录中没有 .xinfang-site 标记文件'],
    ['staging', 'index.html', '目录中没有 .xinfang-site 标记文件'],
  ] as const)(
    'a foreign .site-%s/ (no marker) survives untouched, the site too, the error naming its file',
    (which, file, why) => {
      const folder = siblings(OUT)[which];
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, file), '别人的文件');
      try {
        const { code, output } = astroBuild(OUT);
        expect(code, output).not.toBe(0);
        expect(output).toContain(`.site-${which}/ 中的 ${file} 不是本项目构建写入的（${why}）`);
        expect(readFileSync(join(folder, file), 'utf8')).toBe('别人的文件');
        expect(treeHash(OUT)).toBe(goodHash);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it('a .site-previous/ copied from the site plus one file (its marker misses it) survives untouched', () => {
    const folder = siblings(OUT).previous;
    copyOfSite(folder, { 'notes.txt': 'mine' });
    try {
      const before = treeHash(folder);
      const { code, output } = astroBuild(OUT);
      expect(code, output).not.toBe(0);
      expect(output).toContain('.site-previous/ 中的 notes.txt 不是本项目构建写入的');
      expect(treeHash(folder)).toBe(before);
      expect(treeHash(OUT)).toBe(goodHash);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);

  it('a site of an older build (fixed marker) is replaced once, when the new build writes every file in it', () => {
    const older = join(WORK, 'older');
    copyOfSite(older);
    writeFileSync(join(older, MARKER), LEGACY_MARKER_TEXT);
    const { code, output } = astroBuild(older);
    expect(code, output).toBe(0);
    expect(treeHash(older)).toBe(goodHash);
  }, 180_000);

  it('a lock held by a live build is waited for as long as XF_LOCK_WAIT says, then the build stops, saying why', () => {
    const { lock } = siblings(OUT);
    // pid 1 runs as long as the machine does; the start time is its own: a live holder.
    writeFileSync(lock, lockText(1));
    try {
      const { code, output } = astroBuild(OUT, { XF_LOCK_WAIT: '0.02' });
      expect(code, output).not.toBe(0);
      expect(output).toContain(
        '另一次构建（进程 1）占用输出目录 .build/e2e/publish/site/ 已超过 0.02 分钟，不再等待',
      );
      expect(readFileSync(lock, 'utf8')).toBe(lockText(1));
      expect(treeHash(OUT)).toBe(goodHash);
    } finally {
      rmSync(lock, { force: true });
    }
  }, 180_000);
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
