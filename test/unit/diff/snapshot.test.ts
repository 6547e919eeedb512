/**
 * readSnapshot(): a built site folder read for comparison — a digest of every file and, for each
 * `<年度>/<项目标识>/report.json`, the report, its page and its ledger downloads. A folder that is
 * no site, or a report.json that is no JSON, is refused with its path.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../src/lib/diff/snapshot.ts';
import { tempRoot } from '../support/folders.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('readSnapshot(dir)', () => {
  it('digests every file and reads each project-year’s report, page and ledgers', async () => {
    const dir = await tempRoot({
      'index.html': '<p>首页</p>',
      '_astro/a.css': 'p{}',
      '2024/demo/report.json': '{"year":2024}',
      '2024/demo/index.html': '<p>报告</p>',
      '2024/demo/cases.csv': '案件编号\r\nA1\r\n',
      '2024/demo/payments.csv': '拨付编号\r\nP1\r\n',
      '2023/demo/report.json': '{"year":2023}',
      '2023/demo/cases/index.html': '<p>台账</p>',
    });
    const snapshot = await readSnapshot(dir);
    expect([...snapshot.files.keys()]).toEqual([
      '2023/demo/cases/index.html',
      '2023/demo/report.json',
      '2024/demo/cases.csv',
      '2024/demo/index.html',
      '2024/demo/payments.csv',
      '2024/demo/report.json',
      '_astro/a.css',
      'index.html',
    ]);
    expect(snapshot.files.get('index.html')).toBe(sha('<p>首页</p>'));
    expect([...snapshot.projectYears.keys()]).toEqual(['2023/demo', '2024/demo']);
    expect(snapshot.projectYears.get('2024/demo')).toEqual({
      id: '2024/demo',
      year: 2024,
      slug: 'demo',
      report: { year: 2024 },
      ledgers: { 'cases.csv': '案件编号\r\nA1\r\n', 'payments.csv': '拨付编号\r\nP1\r\n' },
      page: '<p>报告</p>',
    });
    // A project-year without a page or downloads (an older build) still compares.
    expect(snapshot.projectYears.get('2023/demo')).toEqual({
      id: '2023/demo',
      year: 2023,
      slug: 'demo',
      report: { year: 2023 },
      ledgers: {},
    });
  });

  it.each([
    ['a report.json deeper down', { '2024/demo/print/report.json': '{}', 'index.html': 'x' }],
    ['a report.json under a folder that is no year', { 'x2024/demo/report.json': '{}' }],
    ['no report.json at all', { 'index.html': '<p>别的网站</p>' }],
    ['an empty folder', {}],
  ])('refuses a folder with %s: it is no build of this site', async (_, files) => {
    const dir = await tempRoot(files);
    await expect(readSnapshot(dir)).rejects.toThrow(
      `${dir}：没有找到任何 <年度>/<项目标识>/report.json，不像是本站点的构建输出`,
    );
  });

  it.each([
    ['a path that does not exist', (dir: string) => join(dir, 'absent')],
    ['a file', (dir: string) => join(dir, 'index.html')],
  ])('refuses %s: not a folder', async (_, pick) => {
    const path = pick(await tempRoot({ 'index.html': 'x' }));
    await expect(readSnapshot(path)).rejects.toThrow(`${path}：不是目录，应为构建输出的站点目录`);
  });

  it('refuses a report.json that is not JSON, naming the file', async () => {
    const dir = await tempRoot({ '2024/demo/report.json': '{"year": 2024,' });
    await expect(readSnapshot(dir)).rejects.toThrow(
      `${join(dir, '2024/demo/report.json')}：不是有效的 JSON`,
    );
  });
});
