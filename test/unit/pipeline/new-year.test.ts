/**
 * startNewYear(): last year's project-years carried into a new year on a copy of the sample —
 * what carries over kept, what must be new cleared, nothing overwritten — and the year argument
 * checked against hostile input.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  carryFacts,
  checklist,
  NewYearError,
  parseYearArgument,
  startNewYear,
} from '../../../src/lib/pipeline/new-year.ts';
import { loadSite } from '../../../src/lib/pipeline/site.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-new-year-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let made = 0;
/** The sample's two long-running projects, 2023 and 2024, in a folder of their own. */
function sampleRoot(): string {
  const root = join(work, `root-${++made}`);
  for (const dir of ['data', 'content']) {
    for (const year of ['2023', '2024']) {
      for (const slug of ['jiean-huajie', 'xinfang-jiuzhu']) {
        const from = join(dir, year, slug);
        if (existsSync(from)) cpSync(from, join(root, dir, year, slug), { recursive: true });
      }
    }
  }
  cpSync('content/site.yaml', join(root, 'content/site.yaml'));
  return root;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);

describe('parseYearArgument(args)', () => {
  it.each([
    [['2025'], 2025],
    [['2000'], 2000],
    [['2100'], 2100],
  ])('%j → %i', (args, year) => {
    expect(parseYearArgument(args)).toBe(year);
  });

  it.each([
    [[], '请写明要新增的年度'],
    [[''], '请写明要新增的年度'],
    [['../x'], '四位数字的年份'],
    [['2025; rm -rf /'], '四位数字的年份'],
    [['2025/../../etc'], '四位数字的年份'],
    [['99999'], '四位数字的年份'],
    [['２０２５'], '四位数字的年份'],
    [[' 2025'], '四位数字的年份'],
    [['2025\n'], '四位数字的年份'],
    [['-1'], '四位数字的年份'],
    [['1999'], '2000 至 2100'],
    [['2101'], '2000 至 2100'],
    [['2025', '2026'], '只能写一个年度'],
  ])('refuses %j in Chinese, without echoing it', (args, message) => {
    expect(() => parseYearArgument(args)).toThrow(NewYearError);
    expect(() => parseYearArgument(args)).toThrow(message);
    for (const arg of args.filter((a) => a.trim().length > 4)) {
      expect(() => parseYearArgument(args)).not.toThrow(arg);
    }
  });
});

describe('startNewYear({ root, year })', () => {
  it('carries last year over: ledgers to their header, amounts and results cleared', async () => {
    const root = sampleRoot();
    const result = await startNewYear({ root, year: 2025 });
    expect(result.from).toBe(2024);
    expect(result.projects.map((p) => p.slug)).toEqual(['jiean-huajie', 'xinfang-jiuzhu']);
    const dir = 'data/2025/jiean-huajie';
    expect(readdirSync(join(root, dir)).sort()).toEqual([
      'budget.csv',
      'cases.csv',
      'indicators.csv',
      'spending.csv',
    ]);
    // Only the header, written as last year's file named its columns (the unknown 序号 dropped).
    expect(lines(read(root, `${dir}/cases.csv`))).toHaveLength(1);
    expect(read(root, `${dir}/cases.csv`)).not.toContain('序号');
    expect(lines(read(root, `${dir}/spending.csv`))).toEqual([
      lines(read(root, `${dir}/spending.csv`))[0],
    ]);
    expect(read(root, `${dir}/spending.csv`)).toContain('金额（元）');
    // Every funding source kept, every amount cleared.
    expect(lines(read(root, `${dir}/budget.csv`)).slice(1)).toEqual([
      '本年财政拨款,,,',
      '责任单位配套,,,',
    ]);
    // Every indicator kept with its target and points; 实际完成值, 得分 and 偏差原因 cleared.
    const old = lines(
      read(root, 'data/2024/jiean-huajie/indicators.csv')
        .replace(/\n/g, '\r\n')
        .replace(/\r\r/g, '\r'),
    );
    const now = lines(read(root, `${dir}/indicators.csv`));
    expect(now).toHaveLength(old.length);
    for (const row of now.slice(1)) expect(row).toMatch(/,,,$/);
    expect(now[1]).toBe('产出指标,数量指标,化解信访积案数,≥,270,件,20,已化解件数,,,');
    // Written as the templates are: UTF-8 with a BOM.
    expect(readFileSync(join(root, `${dir}/budget.csv`))[0]).toBe(0xef);
  });

  it("keeps the project facts but the year's own, and marks every narrative to be rewritten", async () => {
    const root = sampleRoot();
    await startNewYear({ root, year: 2025 });
    const facts = read(root, 'content/2025/jiean-huajie/project.yaml');
    expect(facts).toContain('项目名称: 信访积案化解专项资金');
    expect(facts).toContain('年度总体目标:');
    expect(facts).not.toContain('实际完成情况');
    expect(facts).not.toContain('报告日期');
    expect(facts.split('\n')[0]).toContain('2025 年度');
    const names = readdirSync(join(root, 'content/2024/jiean-huajie')).filter((n) =>
      n.endsWith('.mdx'),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = read(root, `content/2025/jiean-huajie/${name}`);
      expect(text.split('\n')[0]).toContain('待改写：本节沿用 2024 年度的正文');
      expect(text).toContain(
        read(root, `content/2024/jiean-huajie/${name}`).replace(/^\uFEFF/, ''),
      );
    }
  });

  it('leaves last year untouched, and gives a site whose remaining errors are what to fill in', async () => {
    const root = sampleRoot();
    const before = read(root, 'data/2024/jiean-huajie/spending.csv');
    await startNewYear({ root, year: 2025 });
    expect(read(root, 'data/2024/jiean-huajie/spending.csv')).toBe(before);
    const site = await loadSite({ root, workers: 1 });
    const errors = site.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((p) => p.file.startsWith('data/2025/'))).toBe(true);
    expect(new Set(errors.map((p) => p.file.split('/').pop()))).toEqual(
      new Set(['budget.csv', 'indicators.csv']),
    );
    expect(site.projectYears.map((py) => py.id)).toEqual([
      '2023/jiean-huajie',
      '2023/xinfang-jiuzhu',
      '2024/jiean-huajie',
      '2024/xinfang-jiuzhu',
    ]);
    const carried = site.problems.filter((p) => p.message.includes('尚未改写'));
    expect(carried.length).toBe(20);
  });

  it('refuses a year that exists, in data or in content, changing nothing', async () => {
    const root = sampleRoot();
    await expect(startNewYear({ root, year: 2024 })).rejects.toThrow('data/2024/ 已存在');
    mkdirSync(join(root, 'content/2025'));
    writeFileSync(join(root, 'content/2025/keep.txt'), '留着');
    await expect(startNewYear({ root, year: 2025 })).rejects.toThrow('content/2025/ 已存在');
    expect(existsSync(join(root, 'data/2025'))).toBe(false);
    expect(read(root, 'content/2025/keep.txt')).toBe('留着');
  });

  it('refuses a year folder that is a link or a file', async () => {
    const root = sampleRoot();
    symlinkSync(join(root, 'data/2024'), join(root, 'data/2025'));
    await expect(startNewYear({ root, year: 2025 })).rejects.toThrow('不是普通目录');
    const other = sampleRoot();
    writeFileSync(join(other, 'content/2025'), '');
    await expect(startNewYear({ root: other, year: 2025 })).rejects.toThrow('不是普通目录');
  });

  it("refuses when there is no earlier year, or last year's data has errors", async () => {
    const root = sampleRoot();
    await expect(startNewYear({ root, year: 2020 })).rejects.toThrow('没有 2020 年以前的年度');
    const broken = sampleRoot();
    const file = join(broken, 'data/2024/xinfang-jiuzhu/budget.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/,(\d)/, ',x$1'));
    await expect(startNewYear({ root: broken, year: 2025 })).rejects.toThrow(
      '上一年度的 data/2024/xinfang-jiuzhu/budget.csv 有错误',
    );
    expect(existsSync(join(broken, 'data/2025'))).toBe(false);
    expect(existsSync(join(broken, 'content/2025'))).toBe(false);
    expect(readdirSync(join(broken, 'data')).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(broken).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('starts from the nearest earlier year when the one before is missing', async () => {
    const root = sampleRoot();
    const result = await startNewYear({ root, year: 2027 });
    expect(result.from).toBe(2024);
    expect(existsSync(join(root, 'data/2027/xinfang-jiuzhu/indicators.csv'))).toBe(true);
  });
});

describe('carryFacts(text, from, to)', () => {
  it("drops the year's own facts, keeps the rest and its comments", () => {
    const text =
      '# 2024 年度 示例\n项目名称: 甲 # 名称\n实际完成情况: 完成\n报告日期: 2025-03-20\n实施方案: 《2024年度方案》\n';
    expect(carryFacts(text, 2024, 2025)).toBe(
      '# 2025 年度 示例\n项目名称: 甲 # 名称\n实施方案: 《2024年度方案》\n',
    );
  });

  it('refuses a project.yaml that is not YAML', () => {
    expect(() => carryFacts('项目名称: [甲\n', 2024, 2025)).toThrow(NewYearError);
  });
});

describe('checklist(result)', () => {
  it('says per project, file by file, what to fill in, and to run check-data', async () => {
    const root = sampleRoot();
    const text = checklist(await startNewYear({ root, year: 2025 })).join('\n');
    expect(text).toContain('已按 2024 年度新建 2025 年度的 2 个项目年度');
    expect(text).toContain(
      'data/2025/jiean-huajie/budget.csv：填写 本年财政拨款、责任单位配套 的年初预算数、全年预算数',
    );
    expect(text).toContain(
      'content/2025/jiean-huajie/project.yaml：核对年度总体目标，写上实际完成情况、报告日期；第 7 行还写着 2024 年',
    );
    expect(text).toMatch(/content\/2025\/xinfang-jiuzhu\/\*\.mdx：改写 \d+ 节正文/);
    expect(text).toContain('npm run check-data');
  });
});
