/**
 * mapInWorkers() and serveJobs(): jobs go to worker threads a few at a time and come back in the
 * order of the inputs; a job that fails, a worker that dies or cannot start rejects the whole
 * run with the reason; one worker (or a script that is not a file) runs every job in this thread.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mapInWorkers } from '../../../src/lib/base/pool.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinfang-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const POOL = new URL('../../../src/lib/base/pool.ts', import.meta.url).href;

/** A worker script of `body` (a function of one input), served by serveJobs(). */
function script(name: string, body: string): URL {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(
    file,
    `import { threadId } from 'node:worker_threads';\nimport { serveJobs } from ${JSON.stringify(POOL)};\nserveJobs(${body});\n`,
  );
  return pathToFileURL(file);
}

// Later inputs finish first (a shorter wait), so the replies arrive out of order.
const DOUBLE = script(
  'double',
  `async (n) => { await new Promise((r) => setTimeout(r, 40 - 5 * (n % 8))); return { n: n * 2, threadId }; }`,
);
const FAILS_ON_3 = script(
  'fails',
  `async (n) => { if (n === 3) throw new Error('第 3 项无法处理'); return n; }`,
);
const EXITS = script('exits', `async () => { process.exit(7); }`);

const inlineNever = (): Promise<never> => Promise.reject(new Error('ran in this thread'));

describe('mapInWorkers(inputs, { workers, script, inline })', () => {
  it('gives the outputs in the order of the inputs, from more than one thread', async () => {
    const inputs = Array.from({ length: 16 }, (_, i) => i);
    const outputs = await mapInWorkers<number, { n: number; threadId: number }>(inputs, {
      workers: 3,
      script: DOUBLE,
      inline: inlineNever,
    });
    expect(outputs.map((o) => o.n)).toEqual(inputs.map((n) => n * 2));
    const threads = new Set(outputs.map((o) => o.threadId));
    expect(threads.has(0)).toBe(false); // none ran on the main thread
    expect(threads.size).toBeGreaterThan(1);
    expect(threads.size).toBeLessThanOrEqual(3);
  });

  it.each([
    ['one worker', 1, DOUBLE],
    ['no worker', 0, DOUBLE],
    ['a script that is not a file', 4, new URL('data:text/javascript,')],
  ])('runs every job in this thread, in order, with %s', async (_, workers, url) => {
    const seen: number[] = [];
    const outputs = await mapInWorkers([3, 1, 2], {
      workers,
      script: url,
      inline: (n: number) => {
        seen.push(n);
        return Promise.resolve(n + 100);
      },
    });
    expect(outputs).toEqual([103, 101, 102]);
    expect(seen).toEqual([3, 1, 2]);
  });

  it('starts no worker for a single job or none', async () => {
    const inline = (n: number) => Promise.resolve(-n);
    expect(await mapInWorkers([5], { workers: 8, script: EXITS, inline })).toEqual([-5]);
    expect(await mapInWorkers([], { workers: 8, script: EXITS, inline })).toEqual([]);
  });

  it('rejects with the failing job’s error, its text and stack carried over', async () => {
    await expect(
      mapInWorkers([1, 2, 3, 4], { workers: 2, script: FAILS_ON_3, inline: inlineNever }),
    ).rejects.toThrow(/第 3 项无法处理/);
  });

  it('rejects, naming the exit code, when a worker exits in the middle of a job', async () => {
    await expect(
      mapInWorkers([1, 2], { workers: 2, script: EXITS, inline: inlineNever }),
    ).rejects.toThrow('工作线程意外退出（退出码 7）');
  });

  it.each([
    ['that does not exist', pathToFileURL(join(dir, 'absent.mjs'))],
    ['that does not parse', script('broken', `async (n) => { return n +; }`)],
  ])('rejects when the worker script %s, instead of waiting forever', async (_, url) => {
    await expect(
      mapInWorkers([1, 2], { workers: 2, script: url, inline: inlineNever }),
    ).rejects.toThrow();
  });

  it('passes inputs and outputs as structured clones: plain data only, no shared objects', async () => {
    const input = { list: [1, 2], nested: { at: new Date(0) } };
    const echo = script('echo', `async (x) => x`);
    const [a, b] = await mapInWorkers([input, input], {
      workers: 2,
      script: echo,
      inline: inlineNever,
    });
    expect(a).toEqual(input);
    expect(a).not.toBe(input);
    expect(a).not.toBe(b);
  });
});

describe('mapInWorkers(inputs, { workers: 1, isolate })', () => {
  it.each([
    [false, 'runs a single job in this thread'],
    [true, 'runs even a single job on a worker thread'],
  ])('isolate %s %s', async (isolate) => {
    const [output] = await mapInWorkers<number, { n: number; threadId: number }>([4], {
      workers: 1,
      isolate,
      script: DOUBLE,
      inline: (n) => Promise.resolve({ n: -n, threadId: 0 }),
    });
    expect(output?.n).toBe(isolate ? 8 : -4);
    expect(output?.threadId === 0).toBe(!isolate);
  });
});
