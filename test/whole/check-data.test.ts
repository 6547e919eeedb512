/**
 * `npm run check-data` prints through the build's own redaction: a line that would show an
 * ID-card or mobile number (here a folder name written in groups, which the loader does not
 * refuse and which every summary line names) is hidden whole, as the build hides it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WITHHELD_FOLDER_MESSAGE } from '../../src/lib/dataset/load.ts';
import { REDACTED_LINE } from '../../src/lib/privacy/privacy.ts';
import { makeCaseRoot } from '../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-check-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkData(
  root: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [resolve('scripts/check-data.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, XF_DATA_DIR: undefined, XF_CONTENT_DIR: undefined, ...env },
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

describe('scripts/check-data.ts reads the data the build would (--data, --content, XF_DATA_DIR, XF_CONTENT_DIR)', () => {
  const input = makeCaseRoot(join(work, 'input'));
  // Run from a folder with no data of its own, so that only the options can find the input.
  const elsewhere = mkdtempSync(join(work, 'elsewhere-'));
  mkdirSync(join(elsewhere, 'empty'));
  const passed = '数据检查通过：1 个项目年度。';
  // The narrative names its first section, so only a run that read it finds it written.
  const readNarrative = (output: string) => !/尚未撰写：一、基本情况/.test(output);

  it.each([
    [
      '--data and --content, absolute',
      [`--data=${input}/data`, '--content', `${input}/content`],
      {},
    ],
    [
      '--data and --content, relative',
      [
        '--data',
        relative(elsewhere, `${input}/data`),
        '--content',
        relative(elsewhere, `${input}/content`),
      ],
      {},
    ],
    [
      'XF_DATA_DIR and XF_CONTENT_DIR',
      [],
      { XF_DATA_DIR: `${input}/data`, XF_CONTENT_DIR: `${input}/content` },
    ],
    [
      '--data over XF_DATA_DIR',
      ['--data', `${input}/data`],
      { XF_DATA_DIR: join(elsewhere, 'empty'), XF_CONTENT_DIR: `${input}/content` },
    ],
  ])('%s: the input is read, its narrative too', (_, args, env) => {
    const { code, output } = checkData(elsewhere, args, env);
    expect(code, output).toBe(0);
    expect(output).toContain(passed);
    expect(output).toContain('2024/demo/cases.csv');
    expect(readNarrative(output), output).toBe(true);
  });

  it('the data folder alone, absolute, as before the options', () => {
    const { code, output } = checkData(elsewhere, [`${input}/data`], {
      XF_CONTENT_DIR: `${input}/content`,
    });
    expect(code, output).toBe(0);
    expect(output).toContain(passed);
  });

  it('--content is read: an empty narrative folder is reported as such', () => {
    const { code, output } = checkData(input, ['--content', join(elsewhere, 'empty')]);
    expect(code, output).toBe(1);
    expect(output).toContain('site.yaml: 缺少站点信息文件');
    expect(readNarrative(output)).toBe(false);
  });

  it.each([
    [['--data'], '--data 后面需要一个目录，例如 --data data'],
    [['--content'], '--content 后面需要一个目录，例如 --content content'],
    [['--date', 'x'], '不认识的参数 --date：可用 --data 数据目录、--content 叙述目录'],
    [['a', 'b'], '数据目录只能给一个'],
    [['--data', 'a', 'b'], '数据目录只能给一个'],
  ])('%j is refused in Chinese, exit code 2', (args, words) => {
    const { code, output } = checkData(input, args);
    expect(code).toBe(2);
    expect(output).toContain(words);
  });

  it('npm run build takes the same options, refused in the same words', () => {
    const run = spawnSync(process.execPath, [resolve('scripts/build.ts'), '--content'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--content 后面需要一个目录，例如 --content content');
  });
});
