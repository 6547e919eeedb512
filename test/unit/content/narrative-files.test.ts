import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { checkNarratives } from '../../../src/lib/content/narrative-files.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';
import { tempRoot } from '../support/folders.ts';

const REPORT = {
  funding: { lines: [{ source: '本年财政拨款' }] },
  indicators: [{ name: '群众满意率' }],
} as unknown as Report;

async function check(root: string, reports = new Map<string, Report | undefined>()) {
  return (await checkNarratives(root, 'content', reports)).map(formatProblem);
}

describe('checkNarratives(root, contentDir, reports)', () => {
  it('checks each .mdx of each project-year against its own report, in name order', async () => {
    const root = await tempRoot({
      'content/2024/b/01-jiben.mdx': '<Share source="别的来源" />',
      'content/2024/a/01-jiben.mdx': '<Share source="本年财政拨款" /><Mesure />',
      'content/2024/a/notes.txt': '<Script />',
      'content/2024/a/.hidden.mdx': '<Script />',
      'content/drafts/x/01-jiben.mdx': '<Script />',
    });
    const reports = new Map([
      ['2024/a', REPORT],
      ['2024/b', REPORT],
    ]);
    expect(await check(root, reports)).toEqual([
      expect.stringMatching(/^content\/2024\/a\/01-jiben\.mdx:1: 第26列: 不认识的组件 <Mesure>/),
      expect.stringMatching(
        /^content\/2024\/b\/01-jiben\.mdx:1: 第1列: <Share> 的 source：资金来源“别的来源”不在本项目年度的 budget\.csv 中/,
      ),
    ]);
  });

  it('does not check names against a project-year without a report', async () => {
    const root = await tempRoot({ 'content/2024/a/01-jiben.mdx': '<Share source="任意" />' });
    expect(await check(root)).toEqual([]);
  });

  it('finds nothing when the content folder is missing, and refuses a file in its place', async () => {
    expect(await check(await tempRoot({}))).toEqual([]);
    expect(await check(await tempRoot({ content: 'x' }))).toEqual([
      expect.stringMatching(/^content: /),
    ]);
  });

  it('refuses a year or project folder that is a link, and a narrative that is not a file', async () => {
    const root = await tempRoot({ 'elsewhere/a/01-jiben.mdx': '文字', 'content/2024/b/x.txt': '' });
    await symlink(join(root, 'elsewhere'), join(root, 'content/2023'));
    await symlink(join(root, 'elsewhere/a'), join(root, 'content/2024/a'));
    await mkdir(join(root, 'content/2024/b/02-pingjia.mdx'));
    const found = await check(root);
    expect(found.map((line) => line.split(': ')[0])).toEqual([
      'content/2023',
      'content/2024/a',
      'content/2024/b/02-pingjia.mdx',
    ]);
    expect(found.join('\n')).not.toContain('elsewhere');
  });

  it('reports a relative image that is missing, outside the content folder, or not a file', async () => {
    const root = await tempRoot({
      'content/2024/a/01-jiben.mdx':
        '![a](./there.png)\n\n![b](./missing.png)\n\n![c](../../../x.png)\n',
      'content/2024/a/there.png': 'png',
      'x.png': 'png',
    });
    expect(await check(root)).toEqual([
      'content/2024/a/01-jiben.mdx:3: 第1列: 找不到图片文件 content/2024/a/missing.png；请检查文件名，图片应与正文放在同一目录，写成 ./图片.png',
      'content/2024/a/01-jiben.mdx:5: 第1列: 图片 x.png 不在 content/ 目录中；图片应与正文放在同一目录，写成 ./图片.png',
    ]);
  });
});
