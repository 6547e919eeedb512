/**
 * A clerk's new year, as the README tells it: `npm run new-year -- 2025` on a copy of the sample,
 * then `npm run check-data`: the remaining errors are what the checklist said to fill in, each
 * listed once, every one in the new year.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'xinfang-new-year-whole-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(root: string, script: string, ...args: string[]) {
  const done = spawnSync(process.execPath, [resolve(`scripts/${script}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: done.status, stdout: done.stdout, stderr: done.stderr };
}

describe('scripts/new-year.ts then scripts/check-data.ts', () => {
  it('starts 2025 and lists each remaining error once', () => {
    const root = join(work, 'site');
    cpSync('data', join(root, 'data'), { recursive: true });
    cpSync('content', join(root, 'content'), { recursive: true });

    const made = run(root, 'new-year', '2025');
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(
      `已按 2024 年度新建 2025 年度的 ${readdirSync('data/2024').length} 个项目年度`,
    );
    expect(made.stdout).toContain('npm run check-data');

    const again = run(root, 'new-year', '2025');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('data/2025/ 已存在');

    const checked = run(root, 'check-data');
    expect(checked.code).toBe(1);
    const errors = checked.stderr.split('\n').filter((l) => l.startsWith('data/'));
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors).size).toBe(errors.length);
    for (const line of errors)
      expect(line).toMatch(/^data\/2025\/[a-z-]+\/(budget|indicators)\.csv(:\d+)?: /);
    expect(checked.stderr).toMatch(
      new RegExp(`数据有 \\d+ 个错误(（同类合并后 ${errors.length} 条）)?：`),
    );
    // What waits for those errors is said, once per project-year.
    const waiting = checked.stdout.split('\n').filter((l) => l.includes('要等'));
    expect(waiting.map((l) => l.split(':')[0])).toEqual(
      expect.arrayContaining([
        '警告 content/2025/jiean-huajie/',
        '警告 content/2025/xinfang-jiuzhu/',
        '警告 data/2025/jiean-huajie/indicators.csv',
        '警告 data/2025/xinfang-jiuzhu/indicators.csv',
      ]),
    );
    expect(new Set(waiting).size).toBe(waiting.length);
  });

  it.each([['../x'], ['2025; rm'], ['99999'], []])('refuses %j, changing nothing', (...args) => {
    const root = join(work, `bad-${args.length}-${String(args[0] ?? '').replace(/\W/g, '')}`);
    cpSync('data/2024', join(root, 'data/2024'), { recursive: true });
    const done = run(root, 'new-year', ...args);
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(/^new-year：(请写明要新增的年度|年度应为四位数字的年份)/);
    expect(readdirSync(join(root, 'data'))).toEqual(['2024']);
  });
});

describe('scripts/new-year.ts --data --content', () => {
  it('starts the year in the folders named', () => {
    const root = join(work, 'flags');
    cpSync('data/2024', join(root, 'in/d/2024'), { recursive: true });
    cpSync('content/2024', join(root, 'in/c/2024'), { recursive: true });
    const done = run(root, 'new-year', '--data', 'in/d', '2025', '--content', 'in/c');
    expect(done.code, done.stderr).toBe(0);
    expect(readdirSync(join(root, 'in/d')).sort()).toEqual(['2024', '2025']);
    expect(readdirSync(join(root, 'in/c')).sort()).toEqual(['2024', '2025']);
    expect(readdirSync(root)).toEqual(['in']);
  });

  it.each([
    [['2025', '--data'], '--data 后面需要一个目录'],
    [['2025', '--data', '.'], '--data 指向项目目录本身'],
    [['2025', '--content', '..'], '--content 指向项目目录的上级目录'],
    [['2025', '--content', '../../no/such/folder'], '--content 的目录不存在'],
    [['2025', '--data', 'data', '--content', 'data'], '数据目录和叙述目录不能是同一个目录'],
    [['2025', '--force'], '不认识的参数 --force'],
  ])('refuses %j, changing nothing', (args, message) => {
    const root = join(work, `hostile-${args.join('').replace(/\W/g, '')}`);
    cpSync('data/2024', join(root, 'data/2024'), { recursive: true });
    cpSync('content/2024', join(root, 'content/2024'), { recursive: true });
    const done = run(root, 'new-year', ...args);
    expect(done.code).toBe(1);
    expect(done.stderr).toContain(`new-year：${message}`);
    expect(readdirSync(root).sort()).toEqual(['content', 'data']);
    expect(readdirSync(join(root, 'data'))).toEqual(['2024']);
    expect(readdirSync(join(root, 'content'))).toEqual(['2024']);
  });
});
