/**
 * Every form a reader reads (docs/privacy.md, test/unit/support/reader-forms.ts) planted in the
 * places staff write — a cell of cases.csv, a line of the narrative, a line of project.yaml —
 * goes through loadSite(), the code the build's loader runs: each is refused with one located
 * error that never repeats it. Real builds of the same plantings, proving the last good site is
 * left byte for byte as it was, are in test/e2e/reader-forms.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorLines } from '../../src/lib/dataset/summary.ts';
import { loadSite } from '../../src/lib/pipeline/site.ts';
import { findNumbers } from '../../src/lib/privacy/displayed.ts';
import { makeCaseRoot } from '../corpus/corpus.ts';
import type { ReaderForm } from '../unit/support/reader-forms.ts';
import { READER_FORMS } from '../unit/support/reader-forms.ts';
import { plantForm, PLACES } from '../corpus/reader-forms.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-reader-forms-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const WHAT = (form: ReaderForm) => (form.reads.length === 11 ? '手机号码' : '身份证号码');

describe('a number in any form a reader reads, planted where staff write', () => {
  const cases = PLACES.flatMap((place) =>
    READER_FORMS.map((form) => [`${form.form} in ${place}`, place, form] as const),
  );
  it.each(cases)('%s is refused at its line, never echoed', async (name, place, form) => {
    const root = makeCaseRoot(join(work, name.replace(/[^\w]+/g, '-')));
    plantForm(root, place, [form]);
    const site = await loadSite({ root });
    const errors = errorLines(site.problems);
    const expected = {
      cell: `data/2024/demo/cases.csv:3: 备注: 单元格中疑似有${WHAT(form)}，不得录入；请删除该号码（此处不显示单元格内容）`,
      narrative: `content/2024/demo/01-jiben.mdx:3: 正文中疑似有${WHAT(form)}，不得写入；请删除该号码（此处不显示内容）`,
      yaml: `content/2024/demo/project.yaml:3: 项目信息中疑似有${WHAT(form)}，不得写入；请删除该号码（此处不显示内容）`,
    }[place];
    expect(errors).toContain(expected);
    const printed = site.problems.map((p) => `${p.file} ${p.column ?? ''} ${p.message}`).join('\n');
    expect(printed).not.toContain(form.example);
    expect(printed).not.toContain(form.reads);
    expect(findNumbers(printed, 'mdx')).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('the detector over real prose', () => {
  /** Files under `dir` whose names match `name`, relative to it. */
  const filesOf = (dir: string, name: RegExp) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => name.test(f));

  it.each([
    ['two real self-evaluation reports', 'test/fixtures/prose', /\.txt$/],
    ['the sample narratives and facts', 'content', /\.(?:mdx|md|ya?ml)$/],
    ['the corpus template', 'test/corpus/template/content', /\.(?:mdx|ya?ml)$/],
  ])('finds no number in %s, read every way', (_, dir, name) => {
    const files = filesOf(dir, name);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const kind of ['plain', 'mdx', 'html', 'yaml'] as const)
        expect(findNumbers(text, kind), `${file} as ${kind}`).toEqual([]);
    }
  });
});

describe('docs/privacy.md', () => {
  // The rows of its tables, each a list of trimmed cells.
  const rows = readFileSync('docs/privacy.md', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  it.each(READER_FORMS.map((f) => [f.form, f] as const))(
    'lists %s in its table of forms, with its example and reading',
    (_, { form, example, reads }) => {
      expect(rows).toContainEqual([form, `\`${example}\``, reads, expect.any(String)]);
    },
  );
});
