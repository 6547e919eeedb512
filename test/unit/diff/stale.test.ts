import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSites } from '../../../src/lib/diff/compare.ts';
import type { ProjectYearFiles, SiteSnapshot } from '../../../src/lib/diff/compare.ts';
import { renderDiff } from '../../../src/lib/diff/render.ts';
import { staleTexts } from '../../../src/lib/diff/stale.ts';

/** The 2024 sample's report.json, as the build writes it. */
const golden = JSON.parse(
  readFileSync(new URL('../../golden/2024-jiean-huajie.report.json', import.meta.url), 'utf8'),
) as { measures: Record<string, number>; indicators: { reason: string | null }[] };

/** The same report after one case was resolved, its reason text left as it was typed. */
function flipped(): typeof golden {
  const report = structuredClone(golden);
  report.measures['已化解件数'] = 271;
  return report;
}

const page = (prose: string) =>
  `<html><body><section data-section="chanchu"><h2>（三）项目产出情况</h2><div class="prose"><p>${prose}</p></div></section></body></html>`;

describe('staleTexts(reportJson, page) re-runs the stale-number check on a built site', () => {
  it('finds nothing in the sample as built', () => {
    expect(staleTexts(golden)).toEqual([]);
  });

  it('names the indicator text and the narrative section whose number contradicts the report', () => {
    expect(staleTexts(flipped(), page('全年化解信访积案270件。'))).toEqual([
      '（三）项目产出情况：写的是“270件”，计算得出的已化解件数是 271件；请改用 <Measure name="已化解件数" />',
      '指标“息诉罢访率”的偏差原因分析及改进措施：写的是“270件”，计算得出的已化解件数是 271件；请改用 {已化解件数}',
    ]);
  });

  it('ignores a report.json it cannot read', () => {
    expect(staleTexts({ measures: 'x' }, page('全年化解信访积案270件。'))).toEqual([]);
  });
});

describe('compareSites(before, after, labels).stale and renderDiff(diff)', () => {
  const py = (report: unknown): ProjectYearFiles => ({
    id: '2024/jiean-huajie',
    year: 2024,
    slug: 'jiean-huajie',
    report,
    ledgers: {},
  });
  const site = (report: unknown): SiteSnapshot => ({
    files: new Map([['2024/jiean-huajie/report.json', JSON.stringify(report)]]),
    projectYears: new Map([['2024/jiean-huajie', py(report)]]),
  });

  it('lists the new build’s stale text, also when both builds are identical', () => {
    const same = compareSites(site(flipped()), site(flipped()), { old: 'a/', new: 'b/' });
    expect(same.stale?.map((s) => s.texts.length)).toEqual([1]);
    const text = renderDiff(same);
    expect(text).toContain('两次构建完全相同');
    expect(text).toContain('新构建中与计算结果不符的手写数字');
    expect(text).toContain('指标“息诉罢访率”的偏差原因分析及改进措施：写的是“270件”');
  });

  it('adds nothing when the text agrees with the figures', () => {
    const diff = compareSites(site(golden), site(flipped()), { old: 'a/', new: 'b/' });
    expect(diff.stale).toHaveLength(1);
    const clean = compareSites(site(flipped()), site(golden), { old: 'a/', new: 'b/' });
    expect(clean.stale).toBeUndefined();
    expect(renderDiff(clean)).not.toContain('不符的手写数字');
  });
});
