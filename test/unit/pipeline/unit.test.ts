/**
 * The unit report read beside the hand-computed project-year (test/fixtures/hand): its facts,
 * narrative and summary, and every way the folder can be wrong, as the build reports it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/pipeline/site.ts';
import { UNIT_ROUTES } from '../../../src/lib/pipeline/unit.ts';
import { errors, warnings } from '../support/tables.ts';
import { tempRoot } from '../support/folders.ts';

const HAND = fileURLToPath(new URL('../../fixtures/hand', import.meta.url));

/** The hand fixture's files, as `path → bytes`, optionally under another project identifier. */
function handFiles(slug = 'demo'): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const dir = join(HAND, 'data/2024/demo');
  for (const name of readdirSync(dir))
    files[`data/2024/${slug}/${name}`] = readFileSync(join(dir, name));
  files['content/site.yaml'] = readFileSync(join(HAND, 'content/site.yaml'));
  return files;
}

async function site(files: Record<string, string | Uint8Array>, extra = handFiles()) {
  const root = await tempRoot({ ...extra, ...files });
  return loadSite({ root, workers: 1 });
}

const U = 'content/2024/_unit';

describe('loadSite(options) with a unit report (pipeline/unit.ts)', () => {
  it('builds it over every project-year of the year, defaults from site.yaml', async () => {
    const s = await site({ [`${U}/03-jielun.mdx`]: '共<Unit name="项目个数" />。\n' });
    expect(errors(s.problems)).toEqual([]);
    expect(s.units).toHaveLength(1);
    const [unit] = s.units;
    const bureau = /单位: (.+)/.exec(readFileSync(join(HAND, 'content/site.yaml'), 'utf8'))?.[1];
    expect(unit).toMatchObject({
      id: '2024',
      year: 2024,
      unit: bureau,
      title: `2024年度${bureau}项目支出绩效单位自评报告`,
      prose: ['jielun'],
    });
    const report = s.projectYears[0]?.report;
    expect(unit?.summary.projects).toEqual([
      {
        slug: 'demo',
        name: report?.project.name,
        annualBudget: report?.funding.total.annualBudget,
        executed: report?.funding.total.executed,
        executionRate: expect.any(Number),
        totalScore: report?.totalScore,
        grade: report?.grade,
        // Each 资金来源 with its own amounts, as the project's funding block has them.
        sources: report?.funding.lines.map((l) => ({
          source: l.source,
          annualBudget: l.annualBudget,
          executed: l.executed,
          executionRate: expect.any(Number),
        })),
      },
    ]);
    expect(unit?.summary.projects[0]?.sources.length).toBeGreaterThan(1);
    expect(warnings(s.problems)).toEqual(
      expect.arrayContaining([
        `${U}/unit.yaml: 缺少单位自评报告信息文件；报告名称和单位按 site.yaml 生成，可写明“报告名称: …”“单位: …”`,
        expect.stringMatching(new RegExp(`^${U}/: 单位自评报告尚未撰写：一、基本情况；二、`)),
      ]),
    );
    // The unit folder is not taken for a project without data.
    expect(warnings(s.problems).join('\n')).not.toMatch(/没有对应的数据目录/);
  });

  it('binds unit placeholders in unit.yaml and takes its title, unit and date', async () => {
    const s = await site({
      [`${U}/unit.yaml`]:
        '报告名称: 某局报告\n单位: 某局\n报告日期: 2025-03-01\n单位概况: 项目{项目个数}\n',
    });
    expect(errors(s.problems)).toEqual([]);
    expect(s.units[0]).toMatchObject({
      title: '某局报告',
      unit: '某局',
      reportDate: '2025-03-01',
      facts: { overview: '项目1个' },
    });
  });

  it('is left out without a unit folder', async () => {
    const s = await site({});
    expect(s.units).toEqual([]);
  });

  it.each([
    [
      'a bad key in unit.yaml',
      { [`${U}/unit.yaml`]: '单位: 某局\n项目名称: 甲\n' },
      [`${U}/unit.yaml:2: 不认识的项：项目名称`],
    ],
    [
      'an unknown placeholder',
      { [`${U}/unit.yaml`]: '单位概况: 共{已化解件数}\n' },
      [
        expect.stringMatching(
          new RegExp(`^${U}/unit.yaml:1: 单位概况: 不认识的占位符 \\{已化解件数\\}`),
        ),
      ],
    ],
    [
      'an unknown project in 项目顺序',
      { [`${U}/unit.yaml`]: '项目顺序: [demo, dem0]\n' },
      [
        `${U}/unit.yaml:1: 项目顺序: 2024 年度没有项目标识“dem0”（是否应为 “demo”？）；本年度的项目有 demo`,
      ],
    ],
    [
      'a project listed twice',
      { [`${U}/unit.yaml`]: '项目顺序: [demo, demo]\n' },
      [`${U}/unit.yaml:1: 项目顺序: 项目标识“demo”重复列出`],
    ],
    [
      'a year without any project data',
      { 'content/2025/_unit/01-jiben.mdx': '正文\n' },
      [
        'content/2025/_unit/: 有单位自评报告，但 2025 年度没有项目数据；应在 data/2025/<项目标识>/ 下放入各项目的数据，或删去此目录',
      ],
    ],
    [
      'a mobile number in the unit narrative',
      { [`${U}/02-pingjia.mdx`]: '联系人\n电话 13912345678\n' },
      [`${U}/02-pingjia.mdx:2: 正文中疑似有手机号码，不得写入；请删除该号码（此处不显示内容）`],
    ],
    [
      'an ID-card number in unit.yaml',
      { [`${U}/unit.yaml`]: '单位概况: 身份证 11010519491231002X\n' },
      [expect.stringMatching(new RegExp(`^${U}/unit.yaml:1: 项目信息中疑似有身份证号码`))],
    ],
    [
      'a project-year’s component in the unit narrative',
      { [`${U}/03-jielun.mdx`]: '化解率<Measure name="化解率" />\n' },
      [`${U}/03-jielun.mdx:1: 第4列: 不认识的组件 <Measure>；可用的组件有 Unit`],
    ],
    [
      'a file where the unit folder should be',
      { 'content/2024/_unit': 'x' },
      [expect.stringMatching(/^content\/2024\/_unit: 是普通文件，不是普通目录；/)],
    ],
  ])('reports %s, located, and builds no unit report', async (_what, files, expected) => {
    const s = await site(files);
    expect(errors(s.problems)).toEqual(expected);
    expect(s.units).toEqual([]);
  });

  it('reports a project named like the unit report’s print page', async () => {
    const s = await site(
      { [`${U}/unit.yaml`]: '单位: 某局\n' },
      { ...handFiles(), ...handFiles(UNIT_ROUTES[0]) },
    );
    expect(errors(s.problems)).toContain(
      'data/2024/print/: 项目标识“print”与单位自评报告的打印页 /2024/print/ 重名；请给该项目换一个标识',
    );
  });

  it('warns of a hand-typed total that disagrees with the computed one', async () => {
    const s = await site({ [`${U}/03-jielun.mdx`]: '\n本年度实行绩效目标管理的项目5个。\n' });
    expect(warnings(s.problems)).toContain(
      `${U}/03-jielun.mdx:2: 写的是“5个”，计算得出的项目个数是 1个；请改用 <Unit name="项目个数" />`,
    );
  });

  it('lists projects in 项目顺序, the rest after them by identifier', async () => {
    const s = await site(
      { [`${U}/unit.yaml`]: '项目顺序: [zz]\n' },
      { ...handFiles('aa'), ...handFiles('zz'), ...handFiles('mm') },
    );
    expect(errors(s.problems)).toEqual([]);
    expect(s.units[0]?.summary.projects.map((p) => p.slug)).toEqual(['zz', 'aa', 'mm']);
    expect(s.units[0]?.summary.total.count).toBe(3);
  });
});
