/**
 * Real builds (`node scripts/build.ts`) with numbers written in every form a reader reads
 * (docs/privacy.md) planted where staff write — cells, the narrative, project.yaml — and with
 * hostile YAML and folder names: each build fails with located errors that repeat none of it,
 * prints no stack, and leaves the last good site (its pages, CSV, Word files and search index)
 * byte for byte as it was. Each form on its own goes through the loader in
 * test/whole/reader-forms.test.ts.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WITHHELD_FOLDER_MESSAGE } from '../../src/lib/dataset/load.ts';
import { ALIAS_BOMB_MESSAGE } from '../../src/lib/content/facts.ts';
import { findNumbers } from '../../src/lib/privacy/displayed.ts';
import { makeCaseRoot } from '../corpus/corpus.ts';
import { PLACES, plantForm } from '../corpus/reader-forms.ts';
import { READER_FORMS } from '../unit/support/reader-forms.ts';
import { runBuild, siteFiles } from './helpers.ts';

const WORK = resolve('.build/e2e/reader-forms');
const OUT = join(WORK, 'site');

const build = (root: string) => runBuild({ root, out: OUT, cache: join(WORK, 'cache') });

/** A hash of every file's path and bytes: any change to the site changes it. */
function siteHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of siteFiles(dir)) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

let goodHash = '';

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const good = build(makeCaseRoot(join(WORK, 'good')));
  expect(good.code, good.output).toBe(0);
  goodHash = siteHash(OUT);
  expect(siteFiles(OUT).some((f) => f.endsWith('report.docx'))).toBe(true);
  expect(siteFiles(OUT).some((f) => f.startsWith('search/'))).toBe(true);
}, 180_000);

/** The build's output says nothing a reader would read as a number, and no stack. */
function expectSilent(output: string): void {
  for (const form of READER_FORMS) {
    expect(output).not.toContain(form.example);
    expect(output).not.toContain(form.reads);
  }
  expect(findNumbers(output, 'mdx')).toEqual([]);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).toContain(
    `构建失败：输出目录 ${relative(process.cwd(), OUT)}/ 保持上一次成功构建的内容`,
  );
  expect(siteHash(OUT)).toBe(goodHash);
}

/** `file` as the build names it: relative to the project, where the root is a sub-folder. */
const named = (root: string, file: string) =>
  `${relative(process.cwd(), root).split(sep).join('/')}/${file}`;

describe('a number in every form a reader reads, planted where staff write', () => {
  it.each(PLACES)(
    'in the %s: the build fails at each line, echoing none, the site untouched',
    (place) => {
      const root = makeCaseRoot(join(WORK, place));
      plantForm(root, place, READER_FORMS);
      const { code, output } = build(root);
      expect(code, output).toBe(1);
      const lines = output.split('\n');
      if (place === 'cell') {
        expect(lines).toContain(
          named(
            root,
            'data/2024/demo/cases.csv:3: 备注: 单元格中疑似有手机号码，不得录入；请删除该号码（此处不显示单元格内容）',
          ),
        );
      } else {
        // One error for each planted line: the narrative's from line 3 every other line, the
        // comments of project.yaml from line 3 on.
        const file = place === 'narrative' ? '01-jiben.mdx' : 'project.yaml';
        const where = place === 'narrative' ? '正文' : '项目信息';
        // Many rows with the same problem print as one line with their count (problemLines): the
        // lines about this file account for every planted form, each refused, none echoed.
        const prefix = named(root, `content/2024/demo/${file}`);
        const mine = lines.filter((l) => l.startsWith(`${prefix}:`));
        expect(mine.length, output).toBeGreaterThan(0);
        for (const l of mine) expect(l).toMatch(new RegExp(`${where}中疑似有(?:手机|身份证)号码`));
        const counted = mine.reduce((n, l) => n + Number(/共 (\d+) 行/.exec(l)?.[1] ?? 1), 0);
        expect(counted, output).toBe(READER_FORMS.length);
        // The lines name the first planted line (line 3), as a row of the group or on its own.
        expect(mine.join('\n')).toMatch(/第 3、|:3: /);
      }
      expectSilent(output);
    },
    180_000,
  );
});

describe('hostile YAML and folder names', () => {
  it('an alias bomb in project.yaml is a located Chinese error, without a stack', () => {
    const root = makeCaseRoot(join(WORK, 'alias-bomb'));
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...[...'bcdefghi'].map(
        (c, i) =>
          `${c}: &${c} [${Array(9)
            .fill(`*${'abcdefghi'[i] ?? ''}`)
            .join(',')}]`,
      ),
    ];
    appendFileSync(join(root, 'content/2024/demo/project.yaml'), `${bomb.join('\n')}\n`);
    const { code, output } = build(root);
    expect(code, output).toBe(1);
    expect(output.split('\n')).toContain(
      named(root, `content/2024/demo/project.yaml:4: ${ALIAS_BOMB_MESSAGE}`),
    );
    expectSilent(output);
  }, 180_000);

  it('a phone number as a project folder name is one located error; the others are said in full', () => {
    const root = makeCaseRoot(join(WORK, 'slug'));
    renameSync(join(root, 'data/2024/demo'), join(root, 'data/2024/13800138000'));
    renameSync(join(root, 'content/2024/demo'), join(root, 'content/2024/13800138000'));
    const { code, output } = build(root);
    expect(code, output).toBe(1);
    const lines = output.split('\n');
    expect(lines).toContain(named(root, `data/2024/: ${WITHHELD_FOLDER_MESSAGE}`));
    expect(lines).toContain(named(root, `content/2024/: ${WITHHELD_FOLDER_MESSAGE}`));
    expect(output).not.toContain('（此行含疑似身份证号或手机号，已隐去）');
    expectSilent(output);
  }, 180_000);
});
