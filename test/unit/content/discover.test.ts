import { describe, expect, it } from 'vitest';
import { discoverContent, idOf } from '../../../src/lib/content/discover.ts';
import type { ProjectYearRef } from '../../../src/lib/dataset/load.ts';
import { SECTIONS } from '../../../src/lib/report/outline.ts';
import { tempRoot } from '../support/folders.ts';
import { formatted } from '../support/tables.ts';

const SITE = { 'content/site.yaml': '单位: 示例区信访局\n' };
const ref = (year: number, slug = 'demo'): ProjectYearRef => ({
  year,
  slug,
  dir: `data/${year}/${slug}`,
});
/** Every section file, so no "尚未撰写" warning hides the warning a case is about. */
const allProse = (year: number, slug = 'demo'): Record<string, string> =>
  Object.fromEntries(SECTIONS.map((s) => [`content/${year}/${slug}/${s.file}`, '正文\n']));

async function discover(files: Record<string, string>, refs: ProjectYearRef[]) {
  const root = await tempRoot(files);
  const found = await discoverContent(root, 'content', refs);
  return { ...found, messages: formatted(found.problems) };
}

describe('idOf(ref)', () => {
  it('is year/slug', () => {
    expect(idOf(ref(2024, 'jiean-huajie'))).toBe('2024/jiean-huajie');
  });
});

describe('discoverContent(root, contentDir, refs) on site.yaml', () => {
  it('reads the site facts', async () => {
    const found = await discover(SITE, []);
    expect(found.site).toEqual({ bureau: '示例区信访局', title: '示例区信访局项目支出绩效自评' });
    expect(found.messages).toEqual([]);
  });

  it('refuses a missing site.yaml, and a content folder that is not there is no crash', async () => {
    const found = await discover({}, [ref(2024)]);
    expect(found.site).toBeUndefined();
    expect(found.messages).toEqual([
      'content/site.yaml: 缺少站点信息文件；应写明“单位: 某某区信访局”',
      'content/2024/demo/project.yaml: 缺少项目信息，项目名称暂用“demo”；请写明“项目名称”等',
      expect.stringMatching(/^content\/2024\/demo\/: 尚未撰写：一、基本情况；/),
    ]);
    expect(found.projects.get('2024/demo')).toEqual({ prose: [] });
  });
});

describe('discoverContent(root, contentDir, refs) on project.yaml', () => {
  it("uses a project-year's own facts, with their file and key lines", async () => {
    const found = await discover(
      { ...SITE, ...allProse(2024), 'content/2024/demo/project.yaml': '# 注释\n项目名称: 甲\n' },
      [ref(2024)],
    );
    expect(found.messages).toEqual([]);
    const own = found.projects.get('2024/demo');
    expect(own?.facts?.name).toBe('甲');
    expect(own?.from).toBeUndefined();
    expect(own?.factsFile).toBe('content/2024/demo/project.yaml');
    expect(own?.factsLines?.['项目名称']).toBe(2);
  });

  it('inherits the nearest earlier year, never a later one, and says so', async () => {
    const found = await discover(
      {
        ...SITE,
        ...allProse(2023),
        ...allProse(2024),
        'content/2021/demo/project.yaml': '项目名称: 二〇二一\n',
        'content/2022/demo/project.yaml': '\n项目名称: 二〇二二\n',
        'content/2024/demo/project.yaml': '项目名称: 二〇二四\n',
      },
      [ref(2021), ref(2022), ref(2023), ref(2024)],
    );
    const inherited = found.projects.get('2023/demo');
    expect(inherited?.facts?.name).toBe('二〇二二');
    expect(inherited?.from).toBe(2022);
    expect(inherited?.factsFile).toBe('content/2022/demo/project.yaml');
    expect(inherited?.factsLines?.['项目名称']).toBe(2);
    expect(found.messages).toContain(
      'content/2023/demo/project.yaml: 缺少本年度项目信息，暂用 2022 年度的',
    );
    expect(found.projects.get('2024/demo')?.facts?.name).toBe('二〇二四');
  });

  it('does not inherit across projects', async () => {
    const found = await discover(
      { ...SITE, ...allProse(2024, 'b'), 'content/2023/a/project.yaml': '项目名称: 甲\n' },
      [ref(2023, 'a'), ref(2024, 'b')],
    );
    expect(found.projects.get('2024/b')?.facts).toBeUndefined();
    expect(found.messages).toContain(
      'content/2024/b/project.yaml: 缺少项目信息，项目名称暂用“b”；请写明“项目名称”等',
    );
  });

  it('reports a broken project.yaml by its errors only, not also as missing', async () => {
    const found = await discover(
      {
        ...SITE,
        ...allProse(2024),
        'content/2024/demo/project.yaml': '项目名称: 甲\n项目经理: 乙\n',
      },
      [ref(2024)],
    );
    expect(found.messages).toEqual(['content/2024/demo/project.yaml:2: 不认识的项：项目经理']);
    expect(found.projects.get('2024/demo')?.facts).toBeUndefined();
  });
});

describe('discoverContent(root, contentDir, refs) on section files', () => {
  it('lists the sections written, in file order, and warns of a misnamed .md/.mdx only', async () => {
    const found = await discover(
      {
        ...SITE,
        'content/2024/demo/project.yaml': '项目名称: 甲\n',
        'content/2024/demo/03-jielun.mdx': '结论\n',
        'content/2024/demo/01-jiben.mdx': '基本情况\n',
        'content/2024/demo/02-评价.md': '误名\n',
        'content/2024/demo/notes.txt': '草稿\n',
      },
      [ref(2024)],
    );
    expect(found.projects.get('2024/demo')?.prose).toEqual(['jiben', 'jielun']);
    expect(found.messages).toEqual([
      expect.stringMatching(
        /^content\/2024\/demo\/02-评价\.md: 不是报告提纲中的章节文件，不会显示；章节文件应为 01-jiben\.mdx、/,
      ),
      expect.stringMatching(/^content\/2024\/demo\/: 尚未撰写：二、绩效评价工作开展情况；（一）/),
    ]);
  });

  it('does not ask for the optional lead-in of 四', async () => {
    const files: Record<string, string> = {
      ...SITE,
      ...allProse(2024),
      'content/2024/demo/project.yaml': '项目名称: 甲\n',
    };
    delete files['content/2024/demo/04-fenxi.mdx'];
    const found = await discover(files, [ref(2024)]);
    expect(found.messages).toEqual([]);
    expect(found.projects.get('2024/demo')?.prose).not.toContain('fenxi');
  });
});

describe('discoverContent(root, contentDir, refs) on the content folder', () => {
  it('warns of a narrative folder with no data, and of a name in a year folder that is no project’s', async () => {
    const found = await discover(
      {
        ...SITE,
        'content/2025/demo/01-jiben.mdx': '正文\n',
        'content/2025/Not_A_Slug/01-jiben.mdx': '正文\n',
        'content/2025/_Unit/01-jiben.mdx': '正文\n',
        'content/2025/unit.yaml': '单位: 某局\n',
        'content/2025/.DS_Store': '',
        'content/drafts/demo/01-jiben.mdx': '正文\n',
        'content/README.md': '说明\n',
      },
      [],
    );
    const not =
      '不是项目目录（项目标识只用小写字母、数字和连字符），也不是单位自评报告的目录 _unit/；不会使用';
    expect(found.messages).toEqual([
      `content/2025/Not_A_Slug: ${not}`,
      `content/2025/_Unit: ${not}`,
      `content/2025/unit.yaml: ${not}`,
      'content/2025/demo/: 有叙述但没有对应的数据目录 data/2025/demo/，不会生成报告',
    ]);
  });

  it('warns of a unit report folder outside any year', async () => {
    const found = await discover({ ...SITE, 'content/_unit/unit.yaml': '单位: 某局\n' }, []);
    expect(found.messages).toEqual([
      'content/_unit/: 单位自评报告的目录应放在年度目录下，如 content/2024/_unit/；这里的内容不会使用',
    ]);
  });

  it('warns of a section both written and marked 不适用', async () => {
    const found = await discover(
      {
        ...SITE,
        ...allProse(2024),
        'content/2024/demo/project.yaml': '项目名称: 甲\n不适用章节: [qita]\n',
      },
      [ref(2024)],
    );
    expect(found.messages).toEqual([
      'content/2024/demo/07-qita.mdx: 已撰写，但 project.yaml 的“不适用章节”列出了本节；将显示正文。本节不适用时请删去此文件，否则从“不适用章节”中删去',
    ]);
  });

  it('refuses a mobile number in site.yaml and in a section file, by line, never echoing it', async () => {
    const found = await discover(
      {
        'content/site.yaml': '单位: 示例区信访局\n站点标题: 电话 13800138000\n',
        ...allProse(2024),
        'content/2024/demo/project.yaml': '项目名称: 甲\n',
        'content/2024/demo/05-jingyan.mdx': '第一行\n联系 138 0013 8000\n',
      },
      [ref(2024)],
    );
    const lines = found.messages.filter((m) => !m.includes('尚未撰写'));
    expect(lines.map((m) => m.split(': ')[0])).toEqual([
      'content/site.yaml:2',
      'content/2024/demo/05-jingyan.mdx:2',
    ]);
    expect(lines.join('\n')).not.toMatch(/138\D*0013/);
  });
});
