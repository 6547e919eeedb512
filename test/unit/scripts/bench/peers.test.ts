import { describe, expect, it } from 'vitest';
import {
  disagreements,
  lastLine,
  ownProjectFolder,
  parseSummary,
  rowOf,
} from '../../../../scripts/bench/peers.ts';

/** A summary.md as the peers harness writes it (run.sh), with a failed row. */
const SUMMARY = `| tool | N | wall median s | peak RSS MiB | output (du -sh) | largest HTML | total 元 | runs |
|---|---|---|---|---|---|---|---|
| parse-floor | 1000 | 0.23 | 60.9 | — | — | 52648174.73 | failed-runs:0 |
| observable | 1000 | 4.63 | 328.5 | 864K | 9.5 KiB (index.html) | 52648174.73 | failed-runs:0 |
| project | 1000 | 6.2 | 718.2 | 2.1M | 93.0 KiB (2023/peer/index.html) | 52648174.73 (report.json) | failed-runs:0 |
| astro-floor | 100000 | FAILED | | | | | see /tmp/x.log |
| project | 100000 | 10.93 | 969 | 131M | 301.2 KiB (x) | 5331681573.38 (report.json) | failed-runs:0 |
| observable | 100000 | 5.25 | 326 | 864K | 9.5 KiB (index.html) | 5331681573.37 | failed-runs:0 |
`;

describe('parseSummary(markdown)', () => {
  it('reads each tool’s median time, peak and total, leaving out failed rows', () => {
    const rows = parseSummary(SUMMARY);
    expect(rows.map((r) => [r.tool, r.n, r.seconds, r.peakMiB, r.total])).toEqual([
      ['parse-floor', 1000, 0.23, 60.9, '52648174.73'],
      ['observable', 1000, 4.63, 328.5, '52648174.73'],
      ['project', 1000, 6.2, 718.2, '52648174.73'],
      ['project', 100000, 10.93, 969, '5331681573.38'],
      ['observable', 100000, 5.25, 326, '5331681573.37'],
    ]);
  });

  it('returns nothing for an empty or headless summary', () => {
    expect(parseSummary('')).toEqual([]);
    expect(parseSummary('| tool | N |\n|---|---|\n')).toEqual([]);
  });
});

describe('rowOf(rows, tool, n)', () => {
  it('finds a row, and names the tool and N the harness did not report', () => {
    const rows = parseSummary(SUMMARY);
    expect(rowOf(rows, 'observable', 100000).seconds).toBe(5.25);
    expect(() => rowOf(rows, 'astro-floor', 100000)).toThrow(
      '同伴基准没有给出 astro-floor 在 N = 100000 时的结果（构建失败？）',
    );
  });
});

describe('disagreements(rows)', () => {
  it('names each N at which the tools computed different totals', () => {
    expect(disagreements(parseSummary(SUMMARY))).toEqual([
      'N = 100000：各工具算出的支出合计不同（5331681573.38、5331681573.37）',
    ]);
  });
});

describe('ownProjectFolder(script, folder)', () => {
  it('moves project.sh’s work folder into this run’s own and keeps the test scratch', () => {
    const script =
      'set -e\nW=/tmp/peers-project/$N\nmkdir -p "$W"\ncd "$PROJECT"\nrm -rf "$W/dist" .astro .build node_modules/.astro node_modules/.vite\n';
    expect(ownProjectFolder(script, '/tmp/run-1/project')).toBe(
      'set -e\nW=/tmp/run-1/project/$N\nmkdir -p "$W"\ncd "$PROJECT"\nrm -rf "$W/dist" .astro node_modules/.astro node_modules/.vite\n',
    );
  });

  it('refuses a script whose work folder line it does not recognise', () => {
    expect(() => ownProjectFolder('W=/elsewhere/$N\n', '/tmp/x')).toThrow(/W=…/);
  });
});

describe('lastLine(text)', () => {
  it('is the last line that is not blank, trimmed', () => {
    expect(lastLine('构建完成\n52648174.73\n\n')).toBe('52648174.73');
    expect(lastLine('')).toBe('');
  });
});
