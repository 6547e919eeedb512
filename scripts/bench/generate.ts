/**
 * Synthetic data for the benchmark: `years × projects` project-years, each with `cases` cases and
 * `payments` payments, written the way real exports look (cases as "CSV UTF-8" with a BOM,
 * payments as GB18030 from a Chinese Windows Excel, CRLF, thousands separators, mixed date
 * forms, quoted notes with commas and line breaks). Deterministic: one seeded PRNG per
 * project-year, so the same parameters always write the same bytes. Every file is valid; the
 * narrative of the sample's latest report is copied beside it so report pages are realistic.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CATEGORIES, GIVEN, LEADERS, STREETS, SURNAMES } from '../sample-plans.ts';
import { makeRng } from '../lib/rng.ts';
import type { Rng } from '../lib/rng.ts';

export interface BenchShape {
  years: number;
  projects: number;
  /** Cases per project-year. */
  cases: number;
  /** Payments per project-year. */
  payments: number;
  seed: number;
  /** First year; the last is `firstYear + years - 1`. */
  firstYear?: number;
}

export interface Generated {
  dataDir: string;
  contentDir: string;
  /** Bytes written to the data folder. */
  bytes: number;
  /** CSV files written, with the encoding a reader needs for them. */
  files: { path: string; encoding: 'utf-8' | 'gb18030' }[];
  /** `2033/xiangmu-1`: the latest project-year, whose report page is weighed. */
  latest: string;
}

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A date as staff type it; most are ISO, as a date-formatted Excel column exports. */
function typed(day: number, rng: Rng): string {
  const iso = isoOf(day);
  if (rng.chance(0.8)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return rng.pick([`${y}/${m}/${d}`, `${y}年${m}月${d}日`, iso.replace(/-/g, '')]);
}

/** `12,345.60` from 分. */
function money(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${pad(abs % 100, 2)}`;
}

/** 分 → 万元 with up to six decimals, exact. */
function wan(fen: number): string {
  const whole = Math.floor(fen / 1_000_000);
  const frac = pad(fen % 1_000_000, 6).replace(/0+$/, '');
  return frac === '' ? String(whole) : `${whole}.${frac}`;
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const SOURCES = ['本年财政拨款', '上年结转资金', '责任单位配套'];
const NOTES = [
  '经区信访工作联席会议研究',
  '历史遗留问题，分期兑付',
  '补偿款分两期拨付, 第二期由责任单位配套',
  '首次协调未达成一致\n经听证后签订协议',
  '信访人表示"问题已解决"',
];

function casesCsv(year: number, count: number, rng: Rng): { text: string; ids: string[] } {
  const lines = [
    '案件编号,信访人,信访人编号,责任单位,问题类别,包案领导,登记日期,办结日期,化解状态,息诉罢访,满意度,备注',
  ];
  const ids: string[] = [];
  const yearStart = dayOf(year, 1, 1);
  const yearEnd = dayOf(year, 12, 31);
  for (let i = 1; i <= count; i++) {
    const id = `XF${year}-${pad(i, 6)}`;
    ids.push(id);
    const registered = rng.int(dayOf(year - 6, 1, 1), dayOf(year, 9, 30));
    const r = rng.next();
    const status = r < 0.7 ? '已化解' : r < 0.9 ? '化解中' : '未化解';
    const closed =
      status === '已化解' ? rng.int(Math.max(yearStart, registered + 10), yearEnd) : undefined;
    const surname = rng.pick(SURNAMES);
    const name = rng.chance(0.75) ? `${surname}某${rng.pick(GIVEN)}` : `${surname}某`;
    const category = rng.pick(CATEGORIES);
    const satisfaction =
      status === '已化解' ? rng.pick(['满意', '满意', '基本满意', '不满意', '']) : '';
    lines.push(
      [
        id,
        name,
        `P${year}-${pad(i, 6)}`,
        rng.chance(0.6) ? rng.pick(STREETS) : category.dept,
        category.name,
        rng.chance(0.6) ? rng.pick(LEADERS) : '',
        typed(registered, rng),
        closed === undefined ? '' : typed(closed, rng),
        status,
        status === '已化解' && rng.chance(0.9) ? rng.pick(['是', '√', 'Y']) : '',
        satisfaction,
        rng.chance(0.1) ? rng.pick(NOTES) : '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return { text: `${lines.join('\r\n')}\r\n`, ids };
}

function spendingCsv(
  year: number,
  count: number,
  caseIds: readonly string[],
  rng: Rng,
): { text: string; bySource: Map<string, number> } {
  const lines = ['拨付编号,拨付日期,案件编号,资金来源,金额(元),用途,审批文号'];
  const bySource = new Map<string, number>();
  for (let i = 1; i <= count; i++) {
    const source = rng.chance(0.7) ? SOURCES[0] : rng.pick(SOURCES);
    // One payment in fifty is a correction (冲减) of an earlier one.
    const fen = rng.int(500, 60_000) * 100 + (rng.chance(0.3) ? rng.int(1, 99) : 0);
    const amount = rng.chance(0.02) ? -Math.floor(fen / 4) : fen;
    bySource.set(source as string, (bySource.get(source as string) ?? 0) + amount);
    const category = rng.pick(CATEGORIES);
    lines.push(
      [
        `BF${year}-${pad(i, 7)}`,
        typed(rng.int(dayOf(year, 1, 1), dayOf(year, 12, 31)), rng),
        caseIds.length > 0 && rng.chance(0.85) ? rng.pick(caseIds) : '',
        source as string,
        money(amount),
        rng.pick(category.purposes),
        rng.chance(0.8) ? `示信联〔${year}〕${rng.int(1, 60)}号` : '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return { text: `${lines.join('\r\n')}\r\n`, bySource };
}

function budgetCsv(bySource: ReadonlyMap<string, number>): string {
  const lines = ['资金来源,年初预算数(万元),全年预算数(万元),全年执行数(万元)'];
  for (const source of SOURCES) {
    const spent = bySource.get(source) ?? 0;
    // Budgets in whole 万元, a little above what was spent: execution rates of 90–99%.
    const annual = Math.ceil((Math.max(spent, 0) * 1.05) / 1_000_000) * 1_000_000;
    lines.push([source, wan(annual), wan(annual), wan(spent)].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const REASON = '部分案件时间跨度长、诉求复杂，化解进度未达预期；将逐件落实包案领导，加强跟踪回访。';

/** Indicators that every measure feeds; points add up to 90. */
function indicatorsCsv(cases: number): string {
  const rows = [
    '一级指标,二级指标,三级指标,指标性质,年度指标值,度量单位,分值,计算口径,实际完成值,得分,偏差原因分析及改进措施',
    `产出指标,数量指标,化解信访积案数,≥,${Math.round(cases * 0.65)},件,20,已化解件数,,,${REASON}`,
    `产出指标,质量指标,积案化解率,≥,65,%,15,化解率,,,${REASON}`,
    '产出指标,时效指标,化解资金拨付及时率,=,100,%,5,,100,,',
    `产出指标,成本指标,件均化解资金,≤,10,万元,10,件均化解资金,,,${REASON}`,
    `效益指标,社会效益指标,息诉罢访率,≥,85,%,15,息诉罢访率,,,${REASON}`,
    '效益指标,社会效益指标,维护社会和谐稳定,定性,重复信访和越级上访明显减少,,10,,达成,9,',
    '效益指标,可持续影响指标,矛盾纠纷源头化解机制,定性,形成积案滚动排查常态机制,,5,,达成,4.5,',
    `满意度指标,服务对象满意度指标,信访群众满意率,≥,90,%,10,满意率,,,${REASON}`,
  ];
  return `${rows.join('\n')}\n`;
}

/** Writes the data and content folders under `root`; returns where and how much. */
export function generate(root: string, shape: BenchShape, sampleContent: string): Generated {
  const dataDir = join(root, 'data');
  const contentDir = join(root, 'content');
  const firstYear = shape.firstYear ?? 2015;
  const files: Generated['files'] = [];
  let bytes = 0;
  const write = (path: string, content: string, encoding: 'utf-8' | 'gb18030' = 'utf-8') => {
    mkdirSync(join(path, '..'), { recursive: true });
    const data =
      encoding === 'gb18030' ? iconv.encode(content, 'gb18030') : Buffer.from(content, 'utf8');
    writeFileSync(path, data);
    bytes += data.length;
    if (path.endsWith('.csv')) files.push({ path, encoding });
  };

  writeFileSync(
    join(mkdirIn(contentDir), 'site.yaml'),
    '单位: 基准测试区信访局\n站点标题: 基准测试区信访局项目支出绩效自评\n',
  );
  const narrative = latestNarrative(sampleContent);
  let latest = '';
  for (let y = 0; y < shape.years; y++) {
    const year = firstYear + y;
    for (let p = 1; p <= shape.projects; p++) {
      const slug = `xiangmu-${p}`;
      const rng = makeRng(shape.seed * 1_000_003 + year * 101 + p);
      const dir = join(dataDir, String(year), slug);
      const { text: cases, ids } = casesCsv(year, shape.cases, rng);
      write(join(dir, 'cases.csv'), `\uFEFF${cases}`);
      const { text: spending, bySource } = spendingCsv(year, shape.payments, ids, rng);
      write(join(dir, 'spending.csv'), spending, 'gb18030');
      write(join(dir, 'budget.csv'), budgetCsv(bySource));
      write(join(dir, 'indicators.csv'), indicatorsCsv(shape.cases));

      const content = join(contentDir, String(year), slug);
      mkdirSync(content, { recursive: true });
      writeFileSync(
        join(content, 'project.yaml'),
        `项目名称: 信访积案化解专项资金（测试项目${p}）\n实施单位: 基准测试区信访局\n`,
      );
      if (narrative)
        cpSync(narrative, content, { recursive: true, filter: (s) => !s.endsWith('.yaml') });
      latest = `${year}/${slug}`;
    }
  }
  return { dataDir, contentDir, bytes, files, latest };
}

function mkdirIn(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The sample's latest narrative folder (MDX with figures and charts), if there is one. */
function latestNarrative(sampleContent: string): string | undefined {
  if (!existsSync(sampleContent)) return undefined;
  const years = readdirSync(sampleContent)
    .filter((y) => /^\d{4}$/.test(y))
    .sort();
  const year = years[years.length - 1];
  if (year === undefined) return undefined;
  const dir = join(sampleContent, year, 'jiean-huajie');
  return existsSync(dir) ? dir : undefined;
}
