import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/lib/model/report-schema.ts';
import { projectYearModelSchema } from '../../../src/lib/pipeline/project-year-schema.ts';
import type { ProjectYearModel } from '../../../src/lib/pipeline/project-year-schema.ts';
import { loadSite } from '../../../src/lib/pipeline/site.ts';
import { keyOrder } from '../support/keys.ts';

const ledgerDir = mkdtempSync(join(tmpdir(), 'xinfang-model-schema-'));
afterAll(() => rmSync(ledgerDir, { recursive: true, force: true }));

let models: ProjectYearModel[] = [];
beforeAll(async () => {
  const site = await loadSite({ root: process.cwd(), ledgerDir });
  expect(site.problems.filter((p) => p.severity === 'error')).toEqual([]);
  models = site.projectYears;
}, 60_000);

/** A sample model with one part replaced, for the cases that must fail. */
function changed(edit: (py: Record<string, unknown>) => void): unknown {
  const py = structuredClone(models[0]) as unknown as Record<string, unknown>;
  edit(py);
  return py;
}

/** The messages of a failed parse, `path: message`. */
function issues(value: unknown): string[] {
  const result = projectYearModelSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('projectYearModelSchema on the sample', () => {
  it('parses every project-year to an equal value, keys in the same order at every depth', () => {
    expect(models.length).toBe(6);
    for (const py of models) {
      const parsed = projectYearModelSchema.parse(py);
      expect(parsed).toStrictEqual(py);
      // The report's keys take report.json's order, which its schema defines; all else is kept.
      const inFileOrder = { ...py, report: reportSchema.parse(py.report) };
      expect(keyOrder(parsed)).toEqual(keyOrder(inFileOrder));
    }
  });

  it('holds the parts a written ledger adds: its folder, page totals and search ids', () => {
    const ledger = models[0]?.ledger;
    expect(ledger?.dir).toContain(ledgerDir);
    expect(ledger?.cases.pageTotals?.length).toBe(ledger?.cases.pages);
    expect(ledger?.search?.offsets.length).toBeGreaterThan(1);
  });
});

describe('projectYearModelSchema on a malformed model', () => {
  it.each([
    [
      'a key it does not know (refused, not dropped)',
      (py: Record<string, unknown>) => (py['extra'] = 1),
      ': Unrecognized key: "extra"',
    ],
    ['a missing part', (py: Record<string, unknown>) => delete py['breakdowns'], 'breakdowns: '],
    [
      'an amount in 分 that is not whole',
      (py: Record<string, unknown>) => {
        const b = py['breakdowns'] as { byMonth: { amountFen: number }[] };
        (b.byMonth[0] as { amountFen: number }).amountFen = 12.5;
      },
      'breakdowns.byMonth.0.amountFen: ',
    ],
    [
      'a ledger with no pages',
      (py: Record<string, unknown>) =>
        ((py['ledger'] as { cases: { pages: number } }).cases.pages = 0),
      'ledger.cases.pages: ',
    ],
    [
      'an encoding the reader never names',
      (py: Record<string, unknown>) =>
        ((py['files'] as { encoding?: string }[])[0] = { encoding: 'latin1' }),
      'files.0.encoding: ',
    ],
    [
      'facts with a field of project.yaml in Chinese (not read into the model)',
      (py: Record<string, unknown>) => (py['facts'] = { name: '示例', 项目名称: '示例' }),
      'facts: Unrecognized key: "项目名称"',
    ],
    [
      'a report whose grade is not one of 优良中差',
      (py: Record<string, unknown>) => ((py['report'] as { grade: string }).grade = '甲'),
      'report.grade: ',
    ],
  ])('fails on %s, naming where', (_what, edit, message) => {
    const found = issues(changed(edit));
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.some((m) => m.startsWith(message)),
      found.join('\n'),
    ).toBe(true);
  });

  it('fails on an id that does not join its year and slug, in words', () => {
    const { year, slug } = models[0] as ProjectYearModel;
    expect(issues(changed((py) => (py['id'] = '2023/other')))).toEqual([
      `id: 项目年度标识 2023/other 与年度 ${year}、项目标识 ${slug} 不一致`,
    ]);
  });
});
