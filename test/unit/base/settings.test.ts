/**
 * readSettings(env) and readBuildCommand(argv, env, cwd): every option of a build checked once,
 * every bad one named in Chinese; settingsEnv() carries the settings to Astro's process; and
 * docs/settings.md documents exactly the variables read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE_SIZE,
  readBuildCommand,
  readSettings,
  SETTING_VARIABLES,
  SettingsError,
  settingsEnv,
} from '../../../src/lib/base/settings.ts';

/** The problems a bad environment or command line is refused with. */
function problemsOf(read: () => unknown): readonly string[] {
  try {
    read();
  } catch (e) {
    if (e instanceof SettingsError) return e.problems;
    throw e;
  }
  throw new Error('accepted');
}

describe('readSettings(env)', () => {
  it('gives the defaults for an empty environment, ignoring variables that are not ours', () => {
    expect(readSettings({ HOME: '/root', PATH: '/bin', XFOO: '1' })).toEqual({
      base: '/',
      strictFigures: false,
    });
  });

  it('reads every variable', () => {
    expect(
      readSettings({
        XF_BASE: '/xinfang/jixiao/',
        XF_DATA_DIR: '/srv/data',
        XF_CONTENT_DIR: 'narrative',
        XF_CACHE_DIR: '/tmp/cache',
        XF_LEDGER_DIR: '/tmp/ledgers',
        XF_PAGE_SIZE: '500',
        XF_STRICT_FIGURES: '1',
        XF_LOCK_WAIT: '0.5',
      }),
    ).toEqual({
      base: '/xinfang/jixiao/',
      dataDir: '/srv/data',
      contentDir: 'narrative',
      cacheDir: '/tmp/cache',
      ledgerDir: '/tmp/ledgers',
      pageSize: 500,
      strictFigures: true,
      lockWait: '0.5',
    });
  });

  it.each(SETTING_VARIABLES)('takes %s set to an empty or blank value as unset', (name) => {
    expect(readSettings({ [name]: '' })).toEqual(readSettings({}));
    expect(readSettings({ [name]: '  ' })).toEqual(readSettings({}));
  });

  it.each([
    ['1', 1],
    [' 1000 ', 1000],
    [String(MAX_PAGE_SIZE), MAX_PAGE_SIZE],
  ])('reads XF_PAGE_SIZE=%j as %j', (value, size) =>
    expect(readSettings({ XF_PAGE_SIZE: value }).pageSize).toBe(size),
  );

  it.each(['0', '-5', '1.5', '1e3', 'abc', '100001', '9999999', '0x10', '１０'])(
    'refuses XF_PAGE_SIZE=%j',
    (value) =>
      expect(problemsOf(() => readSettings({ XF_PAGE_SIZE: value }))).toEqual([
        '环境变量 XF_PAGE_SIZE（台账每页行数）应为 1 到 100000 之间的整数，如 1000',
      ]),
  );

  it.each([
    ['1', true],
    ['0', false],
  ])('reads XF_STRICT_FIGURES=%j as %j', (value, strict) =>
    expect(readSettings({ XF_STRICT_FIGURES: value }).strictFigures).toBe(strict),
  );

  it.each(['true', 'yes', ' 1', '2', 'on'])('refuses XF_STRICT_FIGURES=%j', (value) =>
    expect(problemsOf(() => readSettings({ XF_STRICT_FIGURES: value }))).toEqual([
      '环境变量 XF_STRICT_FIGURES（叙述中过时的数字是否报错）应为 1（报错）或 0（警告）',
    ]),
  );

  it.each(['xinfang/', 'http://host/x/', '//host/x/', '/a b/', '/x?y', '/x#y', '\\x'])(
    'refuses XF_BASE=%j',
    (value) =>
      expect(problemsOf(() => readSettings({ XF_BASE: value }))).toEqual([
        '环境变量 XF_BASE（网站所在路径）应以一个 / 开头（不是 //）、不含空白、?、# 或 \\，如 /xinfang/jixiao/',
      ]),
  );

  it('refuses a folder holding a NUL character', () => {
    expect(problemsOf(() => readSettings({ XF_DATA_DIR: 'da\0ta' }))).toEqual([
      '环境变量 XF_DATA_DIR（数据目录）含有空字符',
    ]);
  });

  it('refuses a misspelt XF_ variable, naming the ones there are', () => {
    expect(problemsOf(() => readSettings({ XF_PAGESIZE: '100' }))).toEqual([
      `未知的环境变量 XF_PAGESIZE，可用的有 ${SETTING_VARIABLES.join('、')}`,
    ]);
  });

  it('names every bad variable at once, in one message', () => {
    const read = () =>
      readSettings({ XF_PAGE_SIZE: '0', XF_STRICT_FIGURES: 'yes', XF_BASE: 'x', XF_DIR: '' });
    expect(problemsOf(read)).toHaveLength(4);
    expect(read).toThrow(/^构建选项有误：\n {2}未知的环境变量 XF_DIR/);
  });
});

describe('readBuildCommand(argv, env, cwd)', () => {
  const read = (argv: string[], env: Record<string, string> = {}) =>
    readBuildCommand(argv, env, '/work/site');

  it('gives Astro every flag that is not ours, as written and in order', () => {
    expect(read(['--force', '--verbose=true', 'extra', '--site', 'http://x/'])).toEqual({
      settings: { base: '/', strictFigures: false },
      quiet: false,
      astroArgs: ['--force', '--verbose=true', 'extra', '--site', 'http://x/'],
    });
  });

  it('checks --base like XF_BASE, and wins over it', () => {
    expect(read(['--base', '/x/'], { XF_BASE: '/y/' }).settings.base).toBe('/x/');
    expect(read(['--base=/x/']).astroArgs).toEqual([]);
    expect(problemsOf(() => read(['--base', '//evil/']))).toEqual([
      '--base（网站所在路径）应以一个 / 开头（不是 //）、不含空白、?、# 或 \\，如 /xinfang/jixiao/',
    ]);
    expect(problemsOf(() => read(['--base']))).toEqual([
      '--base 后面需要网站所在路径，例如 --base /xinfang/jixiao/',
    ]);
  });

  it('resolves folder flags against the working directory, over their variables', () => {
    const command = read(['--data', 'd', '--content=/abs/c', '--cache', '../cache'], {
      XF_DATA_DIR: '/elsewhere',
      XF_LEDGER_DIR: '/l',
    });
    expect(command.settings).toEqual({
      base: '/',
      strictFigures: false,
      dataDir: '/work/site/d',
      contentDir: '/abs/c',
      cacheDir: '/work/cache',
      ledgerDir: '/l',
    });
    expect(command.astroArgs).toEqual([]);
  });

  it('takes --out as the older name of --outDir, --outDir winning', () => {
    expect(read(['--out', 'site']).outDir).toBe('site');
    expect(read(['--out', 'a', '--outDir', 'b']).outDir).toBe('b');
  });

  it('reads --quiet', () => expect(read(['--quiet']).quiet).toBe(true));

  it('takes --wait over XF_LOCK_WAIT, left to the lock to check', () => {
    expect(read(['--wait', '0.5'], { XF_LOCK_WAIT: '3' }).settings.lockWait).toBe('0.5');
    expect(problemsOf(() => read(['--wait']))).toEqual([
      '--wait 后面需要一个分钟数，例如 --wait 10',
    ]);
  });

  it.each([
    [['--data'], '--data 后面需要一个目录，例如 --data data'],
    [['--out'], '--out 后面需要一个目录，例如 --out dist'],
    [['--cache', ''], '--cache 后面需要一个目录，例如 --cache /tmp/xinfang-cache'],
    [['--quiet=yes'], '--quiet 不带值'],
  ])('refuses %j', (argv, problem) => expect(problemsOf(() => read(argv))).toEqual([problem]));

  it('names bad flags and bad variables together', () => {
    expect(problemsOf(() => read(['--content'], { XF_PAGE_SIZE: 'x' }))).toEqual([
      '环境变量 XF_PAGE_SIZE（台账每页行数）应为 1 到 100000 之间的整数，如 1000',
      '--content 后面需要一个目录，例如 --content content',
    ]);
  });
});

describe('settingsEnv(settings)', () => {
  it('gives the variables that read back as the same settings', () => {
    const env = {
      XF_BASE: '/a/',
      XF_DATA_DIR: '/d',
      XF_CONTENT_DIR: '/c',
      XF_CACHE_DIR: '/k',
      XF_LEDGER_DIR: '/l',
      XF_PAGE_SIZE: '7',
      XF_STRICT_FIGURES: '1',
      XF_LOCK_WAIT: '3',
    };
    expect(settingsEnv(readSettings(env))).toEqual(env);
    expect(settingsEnv(readSettings({}))).toEqual({});
  });
});

describe('docs/settings.md', () => {
  const doc = readFileSync(new URL('../../../docs/settings.md', import.meta.url), 'utf8');

  it('has a row for every variable read, and names no other', () => {
    const rows = doc.split('\n').filter((line) => line.startsWith('|'));
    const named = new Set(rows.flatMap((row) => row.match(/`XF_[A-Z_]+`/g) ?? []));
    expect([...named].sort()).toEqual(SETTING_VARIABLES.map((name) => `\`${name}\``).sort());
  });
});
