import { describe, expect, it } from 'vitest';
import { compareSites, fileChanges, sectionChanges } from '../../../src/lib/diff/compare.ts';
import type { ProjectYearFiles, SiteSnapshot } from '../../../src/lib/diff/compare.ts';
import { fundingLine, report } from '../support/reports.ts';

const page = (prose: string) =>
  `<section data-section="qita"><h2>七、其他需要说明的问题</h2><div class="prose"><p>${prose}</p></div></section>`;

function projectYear(year: number, slug: string, executed = 900, prose = '无。'): ProjectYearFiles {
  const r = { ...report({ year, lines: [fundingLine('本年财政拨款', 1000, executed)] }) };
  r.project = { slug, name: `项目${slug}` };
  return {
    id: `${year}/${slug}`,
    year,
    slug,
    report: r,
    page: page(prose),
    ledgers: { 'payments.csv': `拨付编号,金额(元)\nBF-1,${executed}.00\n` },
  };
}

function snapshot(pys: ProjectYearFiles[], files: Record<string, string>): SiteSnapshot {
  return {
    files: new Map(Object.entries(files)),
    projectYears: new Map(pys.map((p) => [p.id, p])),
  };
}

describe('fileChanges(before, after, inside)', () => {
  it('sorts the files inside a folder into changed, added, removed and a count of the same', () => {
    const before = new Map([
      ['a/x', '1'],
      ['a/y', '2'],
      ['a/z', '3'],
      ['b/w', '4'],
    ]);
    const after = new Map([
      ['a/x', '1'],
      ['a/y', '9'],
      ['a/v', '5'],
      ['b/w', '0'],
    ]);
    expect(fileChanges(before, after, (p) => p.startsWith('a/'))).toEqual({
      changed: ['a/y'],
      added: ['a/v'],
      removed: ['a/z'],
      same: 1,
    });
  });
});

describe('sectionChanges(oldPage, newPage)', () => {
  it('names the section whose prose changed, with a short word diff', () => {
    expect(sectionChanges(page('无。'), page('项目已按期完成。'))).toEqual([
      expect.objectContaining({
        key: 'qita',
        title: '七、其他需要说明的问题',
        summary: ['[-无-]{+项目已按期完成+}。'],
      }),
    ]);
    expect(sectionChanges(page('无。'), page('无。'))).toEqual([]);
  });
});

describe('compareSites(before, after, labels)', () => {
  it('lists added and removed project-years, what changed in the others, and the rest as unchanged', () => {
    const before = snapshot(
      [projectYear(2023, 'a'), projectYear(2024, 'a'), projectYear(2024, 'old')],
      {
        '2023/a/index.html': '1',
        '2024/a/index.html': '2',
        '2024/old/index.html': '3',
        'index.html': '4',
      },
    );
    const after = snapshot(
      [projectYear(2023, 'a'), projectYear(2024, 'a', 800, '有变化。'), projectYear(2025, 'a')],
      {
        '2023/a/index.html': '1',
        '2024/a/index.html': '9',
        '2025/a/index.html': '5',
        'index.html': '6',
      },
    );
    const diff = compareSites(before, after, { old: 'old/', new: 'new/' });
    expect(diff.added.map((p) => p.id)).toEqual(['2025/a']);
    expect(diff.removed.map((p) => p.id)).toEqual(['2024/old']);
    expect(diff.unchanged.map((p) => p.id)).toEqual(['2023/a']);
    expect(diff.changed.map((p) => p.id)).toEqual(['2024/a']);
    const changed = diff.changed[0];
    expect(changed?.figures.map((f) => f.name)).toContain('资金支出总额');
    expect(changed?.records).toEqual([
      {
        ledger: '拨付明细',
        id: 'BF-1',
        change: 'changed',
        cells: [{ column: '金额(元)', old: '900.00', new: '800.00' }],
      },
    ]);
    expect(changed?.sections.map((s) => s.key)).toEqual(['qita']);
    expect(changed?.files).toEqual({
      changed: ['2024/a/index.html'],
      added: [],
      removed: [],
      same: 0,
    });
    expect(diff.otherFiles).toEqual({ changed: ['index.html'], added: [], removed: [], same: 0 });
  });
});

describe('compareSites(before, after, labels) with a new year', () => {
  it("sets an added project-year beside the same project's year before", () => {
    const before = snapshot([projectYear(2023, 'a', 800), projectYear(2024, 'a', 900)], {});
    const after = snapshot(
      [projectYear(2023, 'a', 800), projectYear(2024, 'a', 900), projectYear(2025, 'a', 950)],
      {},
    );
    const diff = compareSites(before, after, { old: 'old', new: 'new' });
    expect(diff.added.map((p) => p.id)).toEqual(['2025/a']);
    expect(diff.yearOnYear?.map((p) => [p.id, p.from])).toEqual([['2025/a', 2024]]);
    const executed = diff.yearOnYear?.[0]?.figures.find((f) => f.key === 'funding/total/executed');
    expect([executed?.old, executed?.new]).toEqual([900, 950]);
  });

  it('finds the year before in the old build when the new one lacks it', () => {
    const before = snapshot([projectYear(2023, 'a', 800)], {});
    const after = snapshot([projectYear(2025, 'a', 800), projectYear(2025, 'b')], {});
    const diff = compareSites(before, after, { old: 'old', new: 'new' });
    expect(diff.yearOnYear?.map((p) => [p.id, p.from])).toEqual([['2025/a', 2023]]);
    expect(diff.yearOnYear?.[0]?.figures.filter((f) => f.group === '资金情况')).toEqual([]);
  });

  it('has no year-on-year part when nothing was added, or an added project is new', () => {
    const same = snapshot([projectYear(2024, 'a')], {});
    expect(compareSites(same, same, { old: 'o', new: 'n' }).yearOnYear).toBeUndefined();
    const fresh = snapshot([projectYear(2024, 'a'), projectYear(2025, 'b')], {});
    expect(compareSites(same, fresh, { old: 'o', new: 'n' }).yearOnYear).toBeUndefined();
  });
});
