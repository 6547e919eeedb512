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
        wanDecimals: report?.funding.wanDecimals,
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

  it.each([
    [
      'a 报告名称 with a script tag',
      { [`${U}/unit.yaml`]: '报告名称: <script>alert(1)</script>报告\n' },
      [
        `${U}/unit.yaml:1: 报告名称: 不能含 HTML 或 MDX 标记（如 <b>、<script>）；这里按原样显示文字，书名请用《》`,
      ],
    ],
    [
      'a placeholder in 报告名称, which only 单位概况 replaces',
      { [`${U}/unit.yaml`]: '报告名称: 共{项目个数}个项目\n' },
      [
        `${U}/unit.yaml:1: 报告名称: 不能含花括号 {…}：这里的占位符和表达式不会替换，会原样显示；请直接写出文字`,
      ],
    ],
    [
      'a 200,000-character 报告名称',
      { [`${U}/unit.yaml`]: `报告名称: ${'很'.repeat(200_000)}\n` },
      [`${U}/unit.yaml:1: 报告名称: 不能超过 100 个字（现为 200000 个字）`],
    ],
    [
      'a 单位 over two lines',
      { [`${U}/unit.yaml`]: '单位: |\n  某局\n  某科\n' },
      [`${U}/unit.yaml:1: 单位: 应写在一行内`],
    ],
    [
      'a phone number in full-width digits in 报告名称',
      { [`${U}/unit.yaml`]: '报告名称: 联系１３８００１３８０００\n' },
      [`${U}/unit.yaml:1: 项目信息中疑似有手机号码，不得写入；请删除该号码（此处不显示内容）`],
    ],
    [
      'a phone number in Chinese numerals in 单位',
      { [`${U}/unit.yaml`]: '单位: 某局一三八〇〇一三八〇〇〇\n' },
      [`${U}/unit.yaml:1: 项目信息中疑似有手机号码，不得写入；请删除该号码（此处不显示内容）`],
    ],
    [
      'a YAML alias bomb',
      {
        [`${U}/unit.yaml`]: [
          'a: &a [x, x, x, x, x, x, x, x, x]',
          'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
          'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
          'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
          '单位: 某局',
          '',
        ].join('\n'),
      },
      [
        `${U}/unit.yaml:2: YAML 格式错误：别名（&名称 与 *名称）展开过多，疑为恶意构造；请直接写出每一项的值，不要用别名`,
      ],
    ],
    [
      'a merge key',
      { [`${U}/unit.yaml`]: 'base: &b {单位: 某局}\n<<: *b\n' },
      [`${U}/unit.yaml:1: 不认识的项：base`, `${U}/unit.yaml:2: 不认识的项：<<`],
    ],
    [
      'the unit folder named in 项目顺序',
      { [`${U}/unit.yaml`]: '项目顺序: [_unit]\n' },
      [`${U}/unit.yaml:1: 项目顺序: 应为项目标识（小写字母、数字和连字符），如 jiean-huajie`],
    ],
  ])('refuses %s, located, never echoing a number', async (_what, files, expected) => {
    const s = await site(files);
    expect(errors(s.problems)).toEqual(expected);
    expect(errors(s.problems).join('\n')).not.toMatch(/１３８|一三八|138/);
    expect(s.units).toEqual([]);
  });

  it('takes a YAML anchor and its alias as the text they stand for', async () => {
    const s = await site({ [`${U}/unit.yaml`]: '单位: &u 某局\n报告名称: *u\n' });
    expect(errors(s.problems)).toEqual([]);
    expect(s.units[0]).toMatchObject({ unit: '某局', title: '某局' });
  });

  it('names the year of a project in 项目顺序 that belongs to another year', async () => {
    const other = handFiles('other');
    const moved = Object.fromEntries(
      Object.entries(other)
        .filter(([path]) => path.startsWith('data/'))
        .map(([path, bytes]) => [path.replace('data/2024/', 'data/2023/'), bytes]),
    );
    const s = await site(
      { [`${U}/unit.yaml`]: '项目顺序: [other]\n' },
      { ...handFiles(), ...moved },
    );
    expect(errors(s.problems)).toContain(
      `${U}/unit.yaml:1: 项目顺序: 2024 年度没有项目标识“other”（它是 2023 年度的项目；单位自评报告只列本年度的项目）；本年度的项目有 demo`,
    );
  });

  it('warns of a project.yaml or another YAML file in the unit folder, which is not read', async () => {
    const s = await site({
      [`${U}/project.yaml`]: '项目名称: 甲\n',
      [`${U}/unit.yml`]: '单位: 某局\n',
    });
    expect(errors(s.problems)).toEqual([]);
    const message = '不会读取：单位自评报告的信息（报告名称、单位、项目顺序等）写在 unit.yaml 中';
    expect(warnings(s.problems)).toEqual(
      expect.arrayContaining([`${U}/project.yaml: ${message}`, `${U}/unit.yml: ${message}`]),
    );
  });

  it('does not count a section unit.yaml marks 不适用 as unwritten, and warns when it is written', async () => {
    const s = await site({
      [`${U}/unit.yaml`]: '不适用章节: [qita, 有关建议]\n',
      [`${U}/07-qita.mdx`]: '无。\n',
    });
    expect(errors(s.problems)).toEqual([]);
    const w = warnings(s.problems);
    const unwritten = w.find((m) => m.startsWith(`${U}/: 单位自评报告尚未撰写：`)) ?? '';
    expect(unwritten).toContain('五、主要经验及做法');
    expect(unwritten).not.toContain('六、有关建议');
    expect(unwritten).not.toContain('七、其他需要说明的问题');
    expect(w).toContain(
      `${U}/07-qita.mdx: 已撰写，但 unit.yaml 的“不适用章节”列出了本节；将显示正文。本节不适用时请删去此文件，否则从“不适用章节”中删去`,
    );
    expect(s.units[0]?.facts.notApplicable).toEqual(['qita', 'jianyi']);
  });

  it('suggests <Unit> for a unit figure written as a placeholder in the unit narrative', async () => {
    const s = await site({ [`${U}/03-jielun.mdx`]: '共{项目个数}\n' });
    expect(errors(s.problems)).toEqual([
      `${U}/03-jielun.mdx:1: 第2列: 正文中引用计算数字请用组件 <Unit name="项目个数" />；{项目个数} 这种占位符只用于 unit.yaml 的单位概况`,
    ]);
  });

  it('lists only <Unit> when the unit narrative imports', async () => {
    const s = await site({ [`${U}/03-jielun.mdx`]: 'import x from "fs"\n\n正文\n' });
    expect(errors(s.problems)).toEqual([
      `${U}/03-jielun.mdx:1: 第1列: 正文不能使用 import 语句；报告正文只能使用站点提供的组件（Unit），无需也不能导入或导出任何内容`,
    ]);
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
