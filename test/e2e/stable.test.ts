/**
 * Byte-stable builds: the same inputs build a byte-identical site (with another cache); adding
 * next year's data leaves every file of the earlier years untouched; changing one payment
 * changes only that project-year's files and the index — and `npm run diff` names exactly the
 * figures that moved. The first build is the one the e2e setup made of the sample.
 */
import { yuanAmount } from '../../src/lib/model/report-json.ts';
import { formatYuan } from '../../src/lib/base/money.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteDiff } from '../../src/lib/diff/compare.ts';
import { readReport, siteDir, siteFiles } from './helpers.ts';
import { addNextYear, buildSite, cleanUp, copySample, editFile } from './stable-fixtures.ts';

/** Files whose bytes differ between two sites, and files only one of them has. */
function differences(
  a: string,
  b: string,
): { changed: string[]; onlyA: string[]; onlyB: string[] } {
  // The marker (.xinfang-site) lists every file the build wrote, so it changes with any of them.
  const pages = (dir: string) => siteFiles(dir).filter((f) => f !== '.xinfang-site');
  const filesA = pages(a);
  const filesB = new Set(pages(b));
  const changed: string[] = [];
  const onlyA: string[] = [];
  for (const f of filesA) {
    if (!filesB.has(f)) onlyA.push(f);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) changed.push(f);
    filesB.delete(f);
  }
  return { changed, onlyA, onlyB: [...filesB] };
}

function diffCommand(...args: string[]): string {
  return execFileSync(process.execPath, ['scripts/diff.ts', ...args], { encoding: 'utf8' });
}

/**
 * The payment changed in the third build: 2.90 → 2.60 万元 of 2024 信访救助, paid from its
 * 中央和省级补助资金 line, which is part of 本年财政拨款.
 */
const PAYMENT = {
  line: 'BF2024-0008,2024-05-09,JZ2024-012,中央和省级补助资金,',
  old: '2.90',
  new: '2.60',
};

let first: string;
let again: string;
let withNextYear: string;
let withChangedPayment: string;

beforeAll(() => {
  first = siteDir();
  again = buildSite('again');

  const next = copySample('input-2025');
  addNextYear(next, 'jiean-huajie', 2024);
  withNextYear = buildSite('site-2025', next);

  const paid = copySample('input-payment');
  editFile(join(paid.data, '2024/xinfang-jiuzhu/spending.csv'), (t) =>
    t.replace(`${PAYMENT.line}${PAYMENT.old},`, `${PAYMENT.line}${PAYMENT.new},`),
  );
  // 全年执行数 in budget.csv must agree with the payments, so it moves with them: the 其中 line's
  // and the line it is part of.
  editFile(join(paid.data, '2024/xinfang-jiuzhu/budget.csv'), (t) =>
    t
      .replace(
        '本年财政拨款,本年财政拨款,50.00,50.00,50.00',
        '本年财政拨款,本年财政拨款,50.00,50.00,49.70',
      )
      .replace(
        '中央和省级补助资金,其中：中央和省级补助,20.00,20.00,20.00',
        '中央和省级补助资金,其中：中央和省级补助,20.00,20.00,19.70',
      ),
  );
  withChangedPayment = buildSite('site-payment', paid);
});

afterAll(cleanUp);

describe('building the sample twice', () => {
  it('gives byte-identical folders, even with another cache', () => {
    expect(siteFiles(again).length).toBeGreaterThan(50);
    expect(differences(first, again)).toEqual({ changed: [], onlyA: [], onlyB: [] });
  });

  it('leaks no absolute path, cache folder or build time into any file', () => {
    const leaks = siteFiles(first).filter((f) => {
      const text = readFileSync(join(first, f), 'utf8');
      return [process.cwd(), 'node_modules', '.build/', '/tmp/', 'ledgers/'].some((s) =>
        text.includes(s),
      );
    });
    expect(leaks).toEqual([]);
  });
});

describe('adding 2025 data for one project', () => {
  it('leaves every file of the 2022–2024 pages and the assets byte-identical', () => {
    const { changed, onlyA, onlyB } = differences(first, withNextYear);
    expect(onlyA).toEqual([]);
    // The home page and the search index list every year; nothing else changes.
    expect(changed.filter((f) => !f.startsWith('search/'))).toEqual(['index.html']);
    expect(changed).toContain('search/index.json');
    expect(onlyB.length).toBeGreaterThan(10);
    expect(onlyB.filter((f) => !/^(?:2025\/jiean-huajie|search)\//.test(f))).toEqual([]);
  });

  it('builds the 2025 comparison page against 2024', () => {
    const html = readFileSync(join(withNextYear, '2025/jiean-huajie/compare/index.html'), 'utf8');
    expect(html).toContain('data-previous-year="2024"');
  });

  it('is reported by npm run diff as one project-year added and nothing changed', () => {
    const diff = JSON.parse(diffCommand(first, withNextYear, '--json')) as SiteDiff;
    expect(diff.added.map((p) => p.id)).toEqual(['2025/jiean-huajie']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toHaveLength(6);
    // Besides the search index, the home page, and the marker listing the files written.
    expect(
      diff.otherFiles.changed.filter((f) => !f.startsWith('search/') && f !== '.xinfang-site'),
    ).toEqual(['index.html']);
  });
});

describe('changing one payment', () => {
  it('changes only that project-year’s files, the year’s unit report and the index', () => {
    const { changed, onlyA, onlyB } = differences(first, withChangedPayment);
    expect(onlyA).toEqual([]);
    expect(onlyB).toEqual([]);
    expect(changed).toContain('2024/xinfang-jiuzhu/report.json');
    // The unit report of 2024 (单位自评报告) sums every project-year of the year.
    expect(changed.filter((f) => !f.startsWith('2024/xinfang-jiuzhu/'))).toEqual([
      '2024/annex.docx',
      '2024/index.html',
      '2024/print/index.html',
      '2024/report.docx',
      '2024/report.json',
      'index.html',
    ]);
  });

  it('is named by npm run diff --json in the unit report too: its totals and the project’s row', () => {
    const diff = JSON.parse(diffCommand(first, withChangedPayment, '--json')) as SiteDiff;
    expect(diff.units.map((u) => [u.year, u.change, u.projectsAdded, u.projectsRemoved])).toEqual([
      [2024, 'changed', [], []],
    ]);
    const before = readReport(2024, 'xinfang-jiuzhu', first);
    const after = readReport(2024, 'xinfang-jiuzhu', withChangedPayment);
    // The other project-years of 2024, unchanged: the unit's total moves by the one payment only.
    const other = ['jiean-huajie', 'xinfang-jingfei']
      .map((slug) => readReport(2024, slug, first).funding.total.executed)
      .reduce((a, b) => a + b, 0);
    expect(diff.units[0]?.figures.map((f) => [f.name, f.old, f.new])).toEqual([
      [
        '全年执行数合计',
        yuanAmount(other + before.funding.total.executed),
        yuanAmount(other + after.funding.total.executed),
      ],
      ['执行率', expect.any(Number), expect.any(Number)],
      ['信访救助资金 全年执行数', 571_500, 568_500],
      ['信访救助资金 执行率', 1, after.funding.total.executionRate],
      ['信访救助资金 自评得分', before.totalScore, after.totalScore],
    ]);
    const text = diffCommand(first, withChangedPayment);
    expect(text).toContain(
      `2024年度单位自评报告（示例区信访局2024年度项目支出绩效单位自评报告）\n  全年执行数合计：${formatYuan(other + before.funding.total.executed)}元 → ${formatYuan(other + after.funding.total.executed)}元（-3,000.00元）\n`,
    );
  });

  it('is named by npm run diff --json: exactly the figures that moved, with old and new values', () => {
    const before = readReport(2024, 'xinfang-jiuzhu', first);
    const after = readReport(2024, 'xinfang-jiuzhu', withChangedPayment);
    const diff = JSON.parse(diffCommand(first, withChangedPayment, '--json')) as SiteDiff;
    expect([diff.added, diff.removed]).toEqual([[], []]);
    expect(diff.unchanged.map((p) => p.id)).toEqual([
      '2022/jiean-huajie',
      '2023/jiean-huajie',
      '2023/xinfang-jiuzhu',
      '2024/jiean-huajie',
      '2024/xinfang-jingfei',
    ]);
    expect(diff.changed.map((p) => p.id)).toEqual(['2024/xinfang-jiuzhu']);
    const [py] = diff.changed;
    // The JSON says 元 as report.json does; the reports read back here hold 分.
    const yuan = (fen: number | null | undefined) =>
      typeof fen === 'number' ? yuanAmount(fen) : fen;
    const line = (r: typeof before) => r.funding.lines.find((l) => l.source === '本年财政拨款');
    const indicator = (r: typeof before) => r.indicators.find((i) => i.name === '救助资金支出');
    expect(py?.figures.map((f) => [f.name, f.old, f.new])).toEqual([
      ['自评总分', before.totalScore, after.totalScore],
      ['预算执行得分', before.funding.score, after.funding.score],
      ['资金支出总额', 571_500, 568_500], // 元, as report.json
      ['件均化解资金', yuan(before.measures['件均化解资金']), yuan(after.measures['件均化解资金'])],
      ['预算执行率', 1, after.measures['预算执行率']],
      ['年度资金总额 全年执行数', 571_500, 568_500],
      ['年度资金总额 执行率', 1, after.funding.total.executionRate],
      ['本年财政拨款 全年执行数', 500_000, 497_000],
      ['本年财政拨款 执行率', 1, line(after)?.executionRate],
      // The 其中 line it was paid from moves with it.
      ['中央和省级补助资金 全年执行数', 200_000, 197_000],
      ['中央和省级补助资金 执行率', 1, 0.985],
      ['救助资金支出 实际完成值', 57.15, 56.85],
    ]);
    expect(line(before)?.executed).toBe(50_000_000);
    expect(indicator(after)?.actual).toBe(56.85);
    expect(py?.records).toEqual([
      {
        ledger: '案件台账',
        id: 'JZ2024-012',
        change: 'changed',
        cells: [{ column: '拨付金额(元)', old: '29,000.00', new: '26,000.00' }],
      },
      {
        ledger: '拨付明细',
        id: 'BF2024-0008',
        change: 'changed',
        cells: [{ column: '金额(元)', old: '29,000.00', new: '26,000.00' }],
      },
    ]);
    expect(py?.sections).toEqual([]);
  });

  it('is summarised by npm run diff in Chinese, old → new, with the rest in one line', () => {
    const text = diffCommand(first, withChangedPayment);
    expect(text).toContain('2024年度 信访救助资金（2024/xinfang-jiuzhu）\n  数字（12 项有变化）：');
    expect(text).toContain('      资金支出总额：571,500.00元 → 568,500.00元（-3,000.00元）\n');
    expect(text).toContain('      预算执行率：100.00% → 99.48%（-0.52个百分点）\n');
    expect(text).toContain('      救助资金支出 实际完成值：57.15万元 → 56.85万元（-0.30万元）\n');
    expect(text).toContain('    拨付明细 BF2024-0008：金额(元) 29,000.00 → 26,000.00\n');
    expect(text).toContain(
      '未变化（5 个项目年度，文件逐字节相同）：2022年度 信访积案化解专项资金、2023年度 信访积案化解专项资金、2023年度 信访救助资金、2024年度 信访积案化解专项资金、2024年度 信访工作经费\n',
    );
    expect(text).not.toContain('叙述');
  });
});

describe('npm run diff', () => {
  it('says in one line that two identical builds are identical', () => {
    expect(diffCommand(first, again)).toContain(
      '两次构建完全相同：6 个项目年度，所有文件逐字节一致。',
    );
  });

  it('refuses a folder that is no built site, saying why', () => {
    let message = '';
    try {
      execFileSync(process.execPath, ['scripts/diff.ts', first, 'templates'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      message = String((error as { stderr?: string }).stderr);
    }
    expect(message).toContain('templates：没有找到任何 <年度>/<项目标识>/report.json');
  });
});
