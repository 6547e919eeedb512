/**
 * Narrative and facts files are checked as the page will show them: a number split by MDX
 * markup, written in entities or hidden behind a comment is found, at its source line, and the
 * build stops with a located message that never repeats it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contentMessage,
  contentProblems,
  sensitiveSourceLines,
} from '../../../src/lib/content/privacy.ts';
import { errorLines } from '../../../src/lib/dataset/summary.ts';
import { loadSite } from '../../../src/lib/pipeline/site.ts';
import { makeCaseRoot } from '../../corpus/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-content-privacy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sensitiveSourceLines(text, kind)', () => {
  it.each<[string, string]>([
    ['bold', '138**1234**5678'],
    ['italic underscores', '138_1234_5678'],
    ['an HTML tag', '138<b>1234</b>5678'],
    ['a JSX space', "138{' '}1234{' '}5678"],
    ['a JSX string', '{"138"}{"12345678"}'],
    ['decimal entities', '&#49;&#51;&#56;12345678'],
    ['hex entities', '&#x31;38&#x20;1234&#x20;5678'],
    ['an HTML comment', '138<!-- 电话 -->12345678'],
    ['a JSX comment', '138{/* 电话 */}12345678'],
    ['a zero-width space', '138\u200b1234\u200b5678'],
    ['a component attribute', '<Note text="138 1234 5678" />'],
    ['a link', '[138 1234 5678](tel:13812345678)'],
  ])('finds a number split by %s at its line', (_, written) => {
    const text = ['# 一、基本情况', '', `经回访，信访人（电话 ${written}）表示满意。`, ''].join(
      '\n',
    );
    expect(sensitiveSourceLines(text, 'mdx')).toEqual([{ line: 3, kind: 'mobile' }]);
  });

  it('finds a number written over two source lines at the line where it starts', () => {
    expect(sensitiveSourceLines('第一行\n电话 138 1234\n5678。', 'mdx')).toEqual([
      { line: 2, kind: 'mobile' },
    ]);
  });

  it.each([
    [
      'dates and amounts',
      '2024年1月2日至2024年12月31日，拨付 1,234,567.89 元（凭证 BF2024-0008）。',
    ],
    ['a measure', '全年化解 <Measure name="已化解件数" /> 件，化解率 95.5%。'],
    ['a list of case numbers', '- XF2019-0032\n- JZ2024-012\n- PZ-2024-12-000123'],
    ['a numbered list', '1. 甲\n2. 乙\n3. 丙\n4. 丁\n5. 戊\n6. 己'],
  ])('passes %s', (_, text) => {
    expect(sensitiveSourceLines(text, 'mdx')).toEqual([]);
  });

  it('reads YAML with its escapes', () => {
    const yaml = '项目名称: 测试\n联系人: "\\u0031\\u00338 1234 5678"\n';
    expect(sensitiveSourceLines(yaml, 'yaml')).toEqual([{ line: 2, kind: 'mobile' }]);
  });
});

describe('contentProblems(file, text)', () => {
  it('is a located error that says what and where, never the number', () => {
    const problems = contentProblems(
      'content/2024/demo/01-jiben.mdx',
      '甲\n乙\n电话 138**1234**5678',
    );
    expect(problems).toEqual([
      {
        file: 'content/2024/demo/01-jiben.mdx',
        line: 3,
        message: contentMessage('mobile', false),
        severity: 'error',
      },
    ]);
    expect(contentMessage('mobile', false)).toBe(
      '正文中疑似有手机号码，不得写入；请删除该号码（此处不显示内容）',
    );
    expect(contentMessage('idcard', true)).toBe(
      '项目信息中疑似有身份证号码，不得写入；请删除该号码（此处不显示内容）',
    );
  });
});

describe('loadSite(options) with a number in the narrative or facts', () => {
  it.each([
    [
      'content/2024/demo/01-jiben.mdx',
      '。\n',
      '。\n经回访（电话 138**1234**5678）。\n',
      2,
      '正文中疑似有手机号码',
    ],
    [
      'content/2024/demo/project.yaml',
      '实施单位: 测试区信访局',
      '实施单位: 测试区信访局（联系电话 (+86) 138-1234-5678）',
      2,
      '项目信息中疑似有手机号码',
    ],
    [
      'content/site.yaml',
      '站点标题: 测试区信访局项目支出绩效自评',
      '站点标题: 测试区信访局 110101 19900307 1233',
      2,
      '项目信息中疑似有身份证号码',
    ],
  ])('stops the build with an error located in %s', async (file, find, replace, line, message) => {
    const root = makeCaseRoot(join(work, file.replace(/\W/g, '-')));
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    expect(before).toContain(find);
    writeFileSync(path, before.replace(find, replace));
    const site = await loadSite({ root });
    expect(errorLines(site.problems)).toEqual([
      `${file}:${line}: ${message}，不得写入；请删除该号码（此处不显示内容）`,
    ]);
    expect(JSON.stringify(site.problems)).not.toMatch(/1234|5678|19900307/);
  });
});
