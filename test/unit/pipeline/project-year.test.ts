import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProjectYear } from '../../../src/lib/pipeline/project-year.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-project-year-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const job = {
  root: process.cwd(),
  ref: { year: 2024, slug: 'jiean-huajie', dir: 'data/2024/jiean-huajie' },
  name: 'jiean-huajie',
};

describe('buildProjectYear(job) on the sample', () => {
  it('builds report, subtotals and ledger pages that agree on what each case was paid', async () => {
    const result = await buildProjectYear({ ...job, ledgerDir: work, pageSize: 50 });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const built = result.built;
    if (!built) throw new Error('no model built');
    const linkedFen = built.breakdowns.byUnit
      .filter((g) => !g.key.startsWith('（'))
      .reduce((s, g) => s + g.paidFen, 0);
    const ledgerFen = built.ledger.cases.pageTotals?.reduce((s, t) => s + t, 0);
    expect(ledgerFen).toBe(linkedFen);
    const spentFen = built.breakdowns.byMonth.reduce((s, m) => s + m.amountFen, 0);
    expect(built.ledger.payments.pageTotals?.reduce((s, t) => s + t, 0)).toBe(spentFen);
    expect(spentFen).toBeGreaterThan(0);
    expect(built.ledger.cases.rows).toBe(built.report.measures['积案总数']);
  });

  it('counts the ledger pages without writing them when no ledger folder is given', async () => {
    const result = await buildProjectYear({ ...job, pageSize: 50 });
    const ledger = result.built?.ledger;
    expect(ledger?.dir).toBeUndefined();
    expect(ledger?.cases.pages).toBe(Math.ceil((ledger?.cases.rows ?? 0) / 50));
  });
});
