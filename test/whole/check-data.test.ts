/**
 * `npm run check-data` prints through the build's own redaction: a line that would show an
 * ID-card or mobile number (here a folder name written in groups, which the loader does not
 * refuse and which every summary line names) is hidden whole, as the build hides it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WITHHELD_FOLDER_MESSAGE } from '../../src/lib/dataset/load.ts';
import { REDACTED_LINE } from '../../src/lib/privacy/privacy.ts';
import { makeCaseRoot } from '../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-check-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkData(root: string): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [resolve('scripts/check-data.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('scripts/check-data.ts', () => {
  it('prints the summary of good data as it is', () => {
    const { code, output } = checkData(makeCaseRoot(join(work, 'good')));
    expect(code, output).toBe(0);
    expect(output).toContain('data/2024/demo/cases.csv');
    expect(output).toContain('数据检查通过：1 个项目年度。');
    expect(output).not.toContain(REDACTED_LINE);
  });

  it('says which folder holds a name that reads as a number, never printing it nor hiding the other lines', () => {
    const root = makeCaseRoot(join(work, 'slug'));
    renameSync(join(root, 'data/2024/demo'), join(root, 'data/2024/demo-138-1234-5678'));
    renameSync(join(root, 'content/2024/demo'), join(root, 'content/2024/demo-138-1234-5678'));
    const { code, output } = checkData(root);
    expect(code, output).toBe(1);
    expect(output).toContain(`data/2024/: ${WITHHELD_FOLDER_MESSAGE}`);
    expect(output).toContain(`content/2024/: ${WITHHELD_FOLDER_MESSAGE}`);
    expect(output).not.toContain(REDACTED_LINE);
    expect(output).not.toMatch(/138.?1234.?5678/);
  });
});
