import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataEnv, dataEnv, writeCommand } from '../../../../scripts/lib/data-options.ts';

const cwd = resolve('/work/project');
const folders = new Set(
  ['data', 'content', 'other/data', 'other/content'].map((f) => join(cwd, f)).concat('/srv/x'),
);
const isFolder = (path: string) => folders.has(path);
const env = {} as NodeJS.ProcessEnv;

describe('dataEnv(values, env, cwd)', () => {
  it('sets XF_DATA_DIR and XF_CONTENT_DIR as absolute paths, the flags over the environment', () => {
    const out = dataEnv({ data: 'd', content: '/c' }, { XF_DATA_DIR: '/old' }, cwd);
    expect(out['XF_DATA_DIR']).toBe(join(cwd, 'd'));
    expect(out['XF_CONTENT_DIR']).toBe(resolve('/c'));
  });
});

describe('checkDataEnv(argv, env, cwd)', () => {
  it.each([
    [['--data'], '--data 后面需要一个目录'],
    [['--data', '--content', 'c'], '--data 后面需要一个目录'],
    [['--bogus'], '不认识的参数 --bogus'],
    [['a', 'b'], '数据目录只能给一个'],
  ])('%j → %s', (argv, message) => {
    expect(() => checkDataEnv(argv, env, cwd)).toThrow(message);
  });
});

describe('writeCommand(argv, env, cwd, isFolder)', () => {
  it('takes the year out as an argument and the folders relative to the working folder', () => {
    expect(writeCommand(['2025'], env, cwd, isFolder)).toEqual({
      args: ['2025'],
      dataDir: 'data',
      contentDir: 'content',
    });
    expect(
      writeCommand(
        ['--data', 'other/data', '2025', '--content', 'other/content'],
        env,
        cwd,
        isFolder,
      ),
    ).toEqual({ args: ['2025'], dataDir: 'other/data', contentDir: 'other/content' });
  });

  it('reads XF_DATA_DIR and XF_CONTENT_DIR when no flag is given; a flag wins', () => {
    const set = { XF_DATA_DIR: join(cwd, 'other/data'), XF_CONTENT_DIR: 'other/content' };
    expect(writeCommand(['2025'], set, cwd, isFolder)).toMatchObject({
      dataDir: 'other/data',
      contentDir: 'other/content',
    });
    expect(writeCommand(['2025', '--data', 'data'], set, cwd, isFolder).dataDir).toBe('data');
  });

  it('accepts an existing folder outside the project, as a path up from the working folder', () => {
    expect(writeCommand(['--data', '/srv/x', '2025'], env, cwd, isFolder).dataDir).toBe(
      '../../srv/x',
    );
  });

  it.each([
    [['2025', '--data'], '--data 后面需要一个目录'],
    [['2025', '--content'], '--content 后面需要一个目录'],
    [['2025', '--data', ''], '--data 后面需要一个目录'],
    [['2025', '--data=--content'], '--data 的目录不存在'],
    [['2025', '--year', '2024'], '不认识的参数 --year'],
    [['2025', '--data', '.'], '--data 指向项目目录本身'],
    [['2025', '--content', './'], '--content 指向项目目录本身'],
    [['2025', '--data', cwd], '--data 指向项目目录本身'],
    [['2025', '--data', '..'], '--data 指向项目目录的上级目录'],
    [['2025', '--content', '/'], '--content 指向项目目录的上级目录'],
    [['2025', '--data', '../elsewhere'], '--data 的目录不存在'],
    [['2025', '--data', '/tmp/not-there/deep'], '--data 的目录不存在'],
    [['2025', '--data', 'content'], '数据目录和叙述目录不能是同一个目录'],
    [['2025', '--data', 'other/data', '--content', 'other/data/'], '不能是同一个目录'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => writeCommand(argv, env, cwd, isFolder)).toThrow(message);
  });

  it('refuses the project folder given through XF_DATA_DIR, naming the variable', () => {
    expect(() => writeCommand(['2025'], { XF_DATA_DIR: cwd }, cwd, isFolder)).toThrow(
      'XF_DATA_DIR 指向项目目录本身',
    );
    expect(() => writeCommand(['2025'], { XF_CONTENT_DIR: '/nowhere' }, cwd, isFolder)).toThrow(
      'XF_CONTENT_DIR 的目录不存在',
    );
  });
});
