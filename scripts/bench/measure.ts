/**
 * What the benchmark times: the bare parse (the floor), the data layer, and a child process's
 * wall time and peak memory. Times are the best of a few runs, since a shared machine only ever
 * adds to them.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { loadSite } from '../../src/lib/pipeline/site.ts';
import type { SiteOptions } from '../../src/lib/pipeline/site.ts';

/** Best of `runs` timings of `task`, in milliseconds. */
export async function best(runs: number, task: () => Promise<unknown>): Promise<number> {
  const [min] = await bestOfEach(runs, [task]);
  return min as number;
}

/**
 * Best of `runs` timings of each task, in milliseconds, the tasks taking turns (a, b, a, b …):
 * a shared machine that slows down part-way then slows both, and their ratio stays fair.
 */
export async function bestOfEach(
  runs: number,
  tasks: readonly (() => Promise<unknown>)[],
): Promise<number[]> {
  const min = tasks.map(() => Infinity);
  for (let i = 0; i < runs; i++) {
    for (const [k, task] of tasks.entries()) {
      const start = performance.now();
      await task();
      min[k] = Math.min(min[k] as number, performance.now() - start);
    }
  }
  return min;
}

/**
 * The bare parse: each file read, decoded with the encoding it was written in, and split by
 * Papa.parse, one after another on one thread. Nothing is checked, converted or kept: the least
 * any reader of these files must do. Returns the number of rows, so nothing is optimised away.
 */
export async function bareParse(files: readonly { path: string; encoding: string }[]) {
  let rows = 0;
  for (const file of files) {
    const text = new TextDecoder(file.encoding).decode(await readFile(file.path));
    rows += Papa.parse<string[]>(text, { delimiter: ',' }).data.length;
  }
  return rows;
}

/** The data layer: loadSite() as the build's loader calls it, without Astro. */
export async function dataLayer(options: SiteOptions): Promise<void> {
  const site = await loadSite(options);
  const errors = site.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new Error(`基准数据有 ${errors.length} 个错误：${errors[0]?.message}`);
}

export interface ProcessRun {
  code: number | null;
  ms: number;
  /** Peak of the summed resident memory of the process and its descendants, in bytes. */
  peakBytes: number;
  output: string;
}

/** Runs a command, sampling the memory of its process tree every `every` ms. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; every?: number },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.every ?? 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, ms: performance.now() - start, peakBytes, output });
    });
  });
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}
