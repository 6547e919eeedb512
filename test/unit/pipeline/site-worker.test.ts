/**
 * The worker script of loadSite(): started by the pool, it answers each project-year job with what
 * buildProjectYear() gives in this thread, and a failed job with its error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapInWorkers } from '../../../src/lib/base/pool.ts';
import type { ProjectYearJob, ProjectYearResult } from '../../../src/lib/pipeline/project-year.ts';
import { buildProjectYear } from '../../../src/lib/pipeline/project-year.ts';
import { makeCaseRoot, PROJECT_DIR } from '../../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-site-worker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SCRIPT = new URL('../../../src/lib/pipeline/site-worker.ts', import.meta.url);
const inlineNever = (): Promise<never> => Promise.reject(new Error('ran in this thread'));
const job = (root: string): ProjectYearJob => ({
  root,
  ref: { year: 2024, slug: 'demo', dir: PROJECT_DIR },
  name: '演示项目',
});

describe('site-worker.ts run by mapInWorkers()', () => {
  it('answers each job with the same result buildProjectYear() gives in this thread', async () => {
    const good = makeCaseRoot(join(work, 'good'));
    const bad = makeCaseRoot(join(work, 'bad'));
    writeFileSync(join(bad, PROJECT_DIR, 'budget.csv'), '');
    const jobs = [job(good), job(bad)];
    const answers = await mapInWorkers<ProjectYearJob, ProjectYearResult>(jobs, {
      workers: 2,
      script: SCRIPT,
      inline: inlineNever,
    });
    expect(answers).toHaveLength(2);
    expect(answers[0]?.built?.report.year).toBe(2024);
    expect(answers[0]?.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(answers[1]?.built).toBeUndefined();
    expect(answers[1]?.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(answers).toEqual([
      await buildProjectYear(jobs[0] as ProjectYearJob),
      await buildProjectYear(jobs[1] as ProjectYearJob),
    ]);
  });

  it('answers a malformed job (no project-year) with the error and its stack, which rejects the run', async () => {
    const missing = { root: join(work, 'nowhere') } as unknown as ProjectYearJob;
    await expect(
      mapInWorkers([missing, missing], { workers: 2, script: SCRIPT, inline: inlineNever }),
    ).rejects.toThrow(/TypeError: Cannot read properties of undefined/);
  });
});
