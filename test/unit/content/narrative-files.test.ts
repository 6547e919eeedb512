import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { checkNarratives } from '../../../src/lib/content/narrative-files.ts';
import type { Report } from '../../../src/lib/model/report-schema.ts';
import { tempRoot } from '../support/folders.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const WEBP = new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 ');
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>fetch("/")</script><text>138</text><text>0013</text><text>8000</text></svg>';

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
      'content/2024/a/there.png': PNG,
      'x.png': PNG,
    });
    expect(await check(root)).toEqual([
      'content/2024/a/01-jiben.mdx:3: 第1列: 找不到图片文件 content/2024/a/missing.png；请检查文件名，图片应与正文放在同一目录，写成 ./图片.png',
      'content/2024/a/01-jiben.mdx:5: 第1列: 图片 x.png 不在 content/ 目录中；图片应与正文放在同一目录，写成 ./图片.png',
    ]);
  });

  it('accepts PNG, JPEG and WebP by their content, and refuses an SVG or anything else whatever its name, at the line of the MDX', async () => {
    const root = await tempRoot({
      'content/2024/a/01-jiben.mdx': [
        '![png](./a.png) ![jpeg](./b.jpg) ![webp](./c.webp)',
        '',
        '![svg](./chart.svg)',
        '',
        '![renamed](./chart.png)',
        '',
        '<img src="./d.svg" alt="d" />',
        '',
        '![ref][e]',
        '',
        '[e]: ./e.jpeg',
        '',
        '<img srcset="./a.png 1x, ./page.webp 2x" alt="f" />',
        '',
        '![gif](./g.gif) ![empty](./h.png)',
      ].join('\n'),
      'content/2024/a/a.png': PNG,
      'content/2024/a/b.jpg': JPEG,
      'content/2024/a/c.webp': WEBP,
      'content/2024/a/chart.svg': SVG,
      'content/2024/a/chart.png': SVG,
      'content/2024/a/d.svg': `<?xml version="1.0"?>\n${SVG}`,
      'content/2024/a/e.jpeg': '<!DOCTYPE svg>\n<svg/>',
      'content/2024/a/page.webp': '<html><script>alert(1)</script></html>',
      'content/2024/a/g.gif': 'GIF89a\x01\x00\x01\x00',
      'content/2024/a/h.png': '',
    });
    const svg = (name: string) =>
      `图片 content/2024/a/${name} 是 SVG 文件（按文件内容判断，不看扩展名）；正文图片只能是 PNG、JPEG 或 WebP 位图，SVG 可以含有在浏览器中运行的脚本，请导出为 PNG 后再用`;
    const other = (name: string) =>
      `图片 content/2024/a/${name} 不是 PNG、JPEG 或 WebP 图片（按文件内容判断，不看扩展名）；正文图片只能是 PNG、JPEG 或 WebP 位图，SVG 可以含有在浏览器中运行的脚本，请导出为 PNG 后再用`;
    expect(await check(root)).toEqual([
      `content/2024/a/01-jiben.mdx:3: 第1列: ${svg('chart.svg')}`,
      `content/2024/a/01-jiben.mdx:5: 第1列: ${svg('chart.png')}`,
      `content/2024/a/01-jiben.mdx:7: 第1列: ${svg('d.svg')}`,
      `content/2024/a/01-jiben.mdx:11: 第1列: ${svg('e.jpeg')}`,
      `content/2024/a/01-jiben.mdx:13: 第1列: ${other('page.webp')}`,
      `content/2024/a/01-jiben.mdx:15: 第1列: ${other('g.gif')}`,
      `content/2024/a/01-jiben.mdx:15: 第17列: ${other('h.png')}`,
    ]);
  });
});
