import { describe, expect, it } from 'vitest';
import {
  discover,
  loadProjectYear,
  WITHHELD_FOLDER_MESSAGE,
} from '../../../src/lib/dataset/load.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { UNMASKED_NAME_MESSAGE } from '../../../src/lib/privacy/privacy.ts';
import { tempRoot } from '../support/folders.ts';
import { errors, formatted, VALID, warnings } from '../support/tables.ts';

const project = (dir: string, files: Partial<Record<keyof typeof VALID, string>> = VALID) =>
  Object.fromEntries(Object.entries(files).map(([kind, text]) => [`${dir}/${kind}.csv`, text]));

describe('discover(root, dataDir)', () => {
  it('finds project-years in year, then slug order', async () => {
    const root = await tempRoot({
      ...project('data/2024/xinfang-jiuzhu'),
      ...project('data/2023/jiean-huajie'),
      ...project('data/2024/jiean-huajie'),
    });
    expect(await discover(root)).toEqual({
      refs: [
        { year: 2023, slug: 'jiean-huajie', dir: 'data/2023/jiean-huajie' },
        { year: 2024, slug: 'jiean-huajie', dir: 'data/2024/jiean-huajie' },
        { year: 2024, slug: 'xinfang-jiuzhu', dir: 'data/2024/xinfang-jiuzhu' },
      ],
      problems: [],
    });
  });

  it('reads another data folder when told to', async () => {
    const root = await tempRoot(project('archive/2022/demo2'));
    expect((await discover(root, 'archive')).refs).toEqual([
      { year: 2022, slug: 'demo2', dir: 'archive/2022/demo2' },
    ]);
  });

  it('refuses a missing data folder', async () => {
    const root = await tempRoot({ 'README.md': '' });
    expect(formatted((await discover(root)).problems)).toEqual([
      'data: 找不到数据目录 data/；应按 data/<年度>/<项目标识>/ 存放 CSV 文件',
    ]);
  });

  it('refuses a _unit folder in data/, saying the unit report lives in content/', async () => {
    const root = await tempRoot({ ...project('data/2024/_unit'), ...project('data/2024/demo') });
    const found = await discover(root);
    expect(found.refs.map((r) => r.dir)).toEqual(['data/2024/demo']);
    expect(errors(found.problems)).toEqual([
      'data/2024/_unit: 项目标识“_unit”无效；应只用小写字母、数字和连字符（会成为网址的一部分），如 jiean-huajie。单位自评报告的目录 _unit/ 只放在 content/<年度>/ 下，data/ 中不需要',
    ]);
  });

  it('refuses folder names that are not a four-digit year or a lowercase slug', async () => {
    const root = await tempRoot({
      ...project('data/24/demo'),
      ...project('data/2024年/demo'),
      ...project('data/2024/Jiean_Huajie'),
      ...project('data/2024/积案化解'),
      ...project('data/2024/demo-'),
      ...project('data/2024/demo'),
    });
    const found = await discover(root);
    expect(found.refs.map((r) => r.dir)).toEqual(['data/2024/demo']);
    expect(errors(found.problems)).toEqual([
      'data/2024/Jiean_Huajie: 项目标识“Jiean_Huajie”无效；应只用小写字母、数字和连字符（会成为网址的一部分），如 jiean-huajie',
      'data/2024/demo-: 项目标识“demo-”无效；应只用小写字母、数字和连字符（会成为网址的一部分），如 jiean-huajie',
      'data/2024/积案化解: 项目标识“积案化解”无效；应只用小写字母、数字和连字符（会成为网址的一部分），如 jiean-huajie',
      'data/2024年: 目录名“2024年”不是四位年份；应形如 data/2024/',
      'data/24: 目录名“24”不是四位年份；应形如 data/2024/',
    ]);
  });

  it.each(['13800138000', 'demo-138-0013-8000', '一三八〇〇一三八〇〇〇', '138OOl38OOO'])(
    'refuses a folder named %j at its parent, never naming it, and goes on with the others',
    async (name) => {
      const root = await tempRoot({
        ...project(`data/2024/${name}`),
        ...project(`data/${name}/demo`),
        ...project('data/2024/demo'),
        ...project('data/2024/zz-bad_slug'),
      });
      const found = await discover(root);
      expect(found.refs.map((r) => r.dir)).toEqual(['data/2024/demo']);
      const lines = errors(found.problems);
      expect(lines).toContain(`data/: ${WITHHELD_FOLDER_MESSAGE}`);
      expect(lines).toContain(`data/2024/: ${WITHHELD_FOLDER_MESSAGE}`);
      // The other folders' errors are said in full, naming them.
      expect(lines.some((l) => l.startsWith('data/2024/zz-bad_slug: '))).toBe(true);
      expect(lines.join('\n')).not.toContain(name);
    },
  );

  it('warns about stray files beside the folders and ignores dotfiles', async () => {
    const root = await tempRoot({
      ...project('data/2024/demo'),
      'data/说明.txt': '',
      'data/2024/cases.csv': '',
      'data/.DS_Store': '',
      'data/2024/.gitkeep': '',
    });
    const found = await discover(root);
    expect(found.refs).toHaveLength(1);
    expect(warnings(found.problems)).toEqual([
      'data/2024/cases.csv: 不是项目目录，已忽略；每个项目一个目录，如 data/2024/jiean-huajie/',
      'data/说明.txt: 不是年度目录，已忽略；数据应放在 data/<年度>/<项目标识>/ 下',
    ]);
    expect(errors(found.problems)).toEqual([]);
  });
});

describe('loadProjectYear(root, ref)', () => {
  const ref = { year: 2024, slug: 'demo', dir: 'data/2024/demo' };

  it('reads the four files, with a summary of each', async () => {
    const root = await tempRoot(project(ref.dir));
    const data = await loadProjectYear(root, ref);
    expect(data.problems).toEqual([]);
    expect([
      data.cases.length,
      data.payments.length,
      data.budget.length,
      data.indicators.length,
    ]).toEqual([2, 2, 2, 1]);
    expect(data.files.map((f) => [f.file, f.encoding, f.counts.records, f.totals])).toEqual([
      [
        'data/2024/demo/budget.csv',
        'UTF-8',
        2,
        { initialBudget: 1_500_000, annualBudget: 1_500_000, executed: 150_050 },
      ],
      ['data/2024/demo/cases.csv', 'UTF-8', 2, {}],
      ['data/2024/demo/spending.csv', 'UTF-8', 2, { amount: 150_050 }],
      ['data/2024/demo/indicators.csv', 'UTF-8', 1, {}],
    ]);
  });

  it('ties the payments to the cases once, for everything built from them', async () => {
    const root = await tempRoot(project(ref.dir));
    const data = await loadProjectYear(root, ref);
    expect(data.links).toEqual(caseLinks(data.cases, data.payments));
    expect(data.links.caseOf).toHaveLength(data.payments.length);
    expect(data.links.paidFen).toHaveLength(data.cases.length);
  });

  it('refuses each missing file, naming it', async () => {
    const root = await tempRoot(project(ref.dir, { cases: VALID.cases, budget: VALID.budget }));
    const data = await loadProjectYear(root, ref);
    expect(formatted(data.problems)).toEqual([
      'data/2024/demo/spending.csv: 缺少文件 spending.csv（资金拨付明细）；每个项目年度都需要 budget.csv、spending.csv、indicators.csv（cases.csv 可选）',
      'data/2024/demo/indicators.csv: 缺少文件 indicators.csv（绩效指标表）；每个项目年度都需要 budget.csv、spending.csv、indicators.csv（cases.csv 可选）',
    ]);
  });

  it('reads a folder without cases.csv as a project-year without a case ledger', async () => {
    const spending = VALID.spending.replace(',A01,', ',,');
    const root = await tempRoot(
      project(ref.dir, {
        budget: VALID.budget,
        spending,
        indicators: VALID.indicators.replace('已化解件数,,', ',1,'),
      }),
    );
    const data = await loadProjectYear(root, ref);
    expect(formatted(data.problems)).toEqual([]);
    expect(data.hasCases).toBe(false);
    expect(data.cases).toEqual([]);
    expect(data.files.map((f) => f.file)).toEqual([
      'data/2024/demo/budget.csv',
      'data/2024/demo/spending.csv',
      'data/2024/demo/indicators.csv',
    ]);
  });

  it('warns about files it does not read, ignoring Excel lock files and dotfiles', async () => {
    const root = await tempRoot({
      ...project(ref.dir),
      'data/2024/demo/cases (1).csv': '',
      'data/2024/demo/~$cases.xlsx': '',
      'data/2024/demo/.DS_Store': '',
    });
    const data = await loadProjectYear(root, ref);
    expect(formatted(data.problems)).toEqual([
      'data/2024/demo/cases (1).csv: 不是站点读取的文件，已忽略；项目目录应包含 budget.csv、cases.csv、spending.csv、indicators.csv',
    ]);
    expect(data.problems[0]?.severity).toBe('warning');
  });

  it('reports the problems of every file and of the cross-file rules together', async () => {
    const root = await tempRoot(
      project(ref.dir, {
        ...VALID,
        cases: VALID.cases.replace('罗某厚', '罗明厚'),
        spending: VALID.spending.replace('2024-03-10', '2023-03-10'),
      }),
    );
    const data = await loadProjectYear(root, ref);
    expect(errors(data.problems)).toEqual([
      `data/2024/demo/cases.csv:2: 信访人: ${UNMASKED_NAME_MESSAGE}`,
      'data/2024/demo/spending.csv:3: 拨付日期: 拨付日期 2023-03-10 不在 2024 年内；应在 2024-01-01 至 2024-12-31 之间',
    ]);
  });
});
