import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import {
  computeMeasures,
  daysBetween,
  DEFAULT_TIMELY_DAYS,
  MEASURE_NAMES,
  MEASURES,
  measureByName,
  measureDef,
  measuresWith,
} from '../../../src/lib/model/measures.ts';
import type { MeasureDef, MeasureInput } from '../../../src/lib/model/measures.ts';
import { budgetLine, kase, payment, resolved, withLinks } from '../support/records.ts';

function measures(input: Partial<Omit<MeasureInput, 'links'>>) {
  return computeMeasures(
    withLinks({ cases: [], payments: [], budget: [], timelyDays: 90, ...input }),
  );
}

/** A measure as exact text (`2/3`), or null when it cannot be computed. */
function exact(input: Partial<Omit<MeasureInput, 'links'>>, name: string): string | null {
  const value = measures(input).get(name);
  return value === undefined ? null : value.toFraction();
}

describe('MEASURE_NAMES', () => {
  it('holds the measures the contract requires, in order', () => {
    expect(MEASURE_NAMES).toEqual([
      '积案总数',
      '已化解件数',
      '化解率',
      '息诉罢访件数',
      '息诉罢访率',
      '按期办结率',
      '满意率',
      '救助人数',
      '资金支出总额',
      '件均化解资金',
      '预算执行率',
    ]);
  });

  it('measureByName(name) finds a measure, and nothing for an unknown name', () => {
    expect(measureByName('化解率')?.kind).toBe('rate');
    expect(measureByName('资金支出总额')?.kind).toBe('money');
    expect(measureByName('救助人数')?.unit).toBe('人');
    expect(measureByName('化解件数')).toBeUndefined();
  });
});

describe('MEASURES: each measure’s kind, unit and roles, stated once', () => {
  it('gives every measure its kind and, for a count only, its unit', () => {
    expect(MEASURES.map((m) => `${m.name} ${m.kind}${m.unit ?? ''}`)).toEqual([
      '积案总数 count件',
      '已化解件数 count件',
      '化解率 rate',
      '息诉罢访件数 count件',
      '息诉罢访率 rate',
      '按期办结率 rate',
      '满意率 rate',
      '救助人数 count人',
      '资金支出总额 money',
      '件均化解资金 money',
      '预算执行率 rate',
    ]);
  });

  it('measuresWith(role) lists the measures charted through the years, and those of the funding block', () => {
    expect(measuresWith('trend')).toEqual([
      '已化解件数',
      '化解率',
      '息诉罢访率',
      '满意率',
      '资金支出总额',
      '预算执行率',
    ]);
    expect(measuresWith('funding')).toEqual(['资金支出总额', '预算执行率']);
  });

  it('measureDef(name) is the measure of that name', () => {
    for (const name of MEASURE_NAMES) expect(measureDef(name as never).name).toBe(name);
  });

  it('refuses, when type-checking, a measure without its unit, roles or kind', () => {
    const compute = () => undefined;
    const common = { definition: '', better: 'up', compute } as const;
    const roles = { trend: false, funding: false, fromCases: false };
    const ok: MeasureDef[] = [
      { name: 'a', kind: 'count', unit: '件', ...roles, ...common },
      { name: 'b', kind: 'rate', ...roles, ...common },
    ];
    // @ts-expect-error a count without its unit
    ok.push({ name: 'c', kind: 'count', ...roles, ...common });
    // @ts-expect-error a rate with a unit
    ok.push({ name: 'd', kind: 'rate', unit: '件', ...roles, ...common });
    // @ts-expect-error a measure without its trend role
    ok.push({ name: 'e', kind: 'money', funding: true, ...common });
    // @ts-expect-error a measure without its kind
    ok.push({ name: 'f', ...roles, ...common });
    // @ts-expect-error a name that is no measure
    measureDef('化解件数');
    expect(ok).toHaveLength(6);
  });
});

describe('computeMeasures(input) on cases', () => {
  const cases = [
    resolved(10, { settled: true, satisfaction: '满意' }),
    resolved(20, { settled: false, satisfaction: '基本满意' }),
    kase({ status: '化解中', settled: true, satisfaction: '不满意' }),
  ];

  it.each([
    ['积案总数', '3'],
    ['已化解件数', '2'],
    ['化解率', '2/3'],
    // The unresolved case that says 息诉罢访 does not count: the rate is of resolved cases.
    ['息诉罢访件数', '1'],
    ['息诉罢访率', '1/2'],
    ['满意率', '2/3'],
  ])('%s is %s, exactly', (name, value) => {
    expect(exact({ cases }, name)).toBe(value);
  });

  it('满意率 leaves 未评价 cases out of the denominator', () => {
    const rated = [
      kase({ satisfaction: '满意' }),
      kase({ satisfaction: '不满意' }),
      kase(),
      kase(),
    ];
    expect(exact({ cases: rated }, '满意率')).toBe('1/2');
  });

  it.each([
    ['化解率', []],
    ['息诉罢访率', [kase()]],
    ['按期办结率', [kase()]],
    ['满意率', [kase()]],
    ['件均化解资金', [kase()]],
  ])('%s cannot be computed over nothing (undefined, not 0)', (name, cases) => {
    expect(exact({ cases }, name)).toBeNull();
  });

  it('counts zero of everything for an empty ledger', () => {
    expect(exact({}, '积案总数')).toBe('0');
    expect(exact({}, '已化解件数')).toBe('0');
    expect(exact({}, '救助人数')).toBe('0');
    expect(exact({}, '资金支出总额')).toBe('0');
  });
});

describe('computeMeasures(input): 按期办结率', () => {
  it.each([
    [90, 90, true],
    [91, 90, false],
    [0, 90, true],
    [60, 60, true],
    [61, 60, false],
  ])(
    'a case closed %i days after registering is on time within %i days: %s',
    (days, limit, onTime) => {
      expect(exact({ cases: [resolved(days)], timelyDays: limit }, '按期办结率')).toBe(
        onTime ? '1' : '0',
      );
    },
  );

  it('counts days across a leap February and a year end', () => {
    const cases = [
      kase({ status: '已化解', registered: '2024-01-10', closed: '2024-04-09' }), // 21+29+31+9 = 90
      kase({ status: '已化解', registered: '2023-11-20', closed: '2024-02-18' }), // 10+31+31+18 = 90
      kase({ status: '已化解', registered: '2023-11-20', closed: '2024-02-19' }), // 91
    ];
    expect(exact({ cases }, '按期办结率')).toBe('2/3');
  });

  it('defaults to 90 days (60 + 30 under 信访工作条例)', () => {
    expect(DEFAULT_TIMELY_DAYS).toBe(90);
  });
});

describe('daysBetween(from, to)', () => {
  it.each([
    ['2024-01-10', '2024-04-09', 90],
    ['2023-02-01', '2023-03-01', 28],
    ['2024-02-01', '2024-03-01', 29],
    ['2023-12-31', '2024-01-01', 1],
    ['2024-03-05', '2024-03-05', 0],
    ['2024-03-31', '2024-03-30', -1],
  ])('daysBetween(%s, %s) is %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('computeMeasures(input) on money', () => {
  it('资金支出总额 is the exact sum in 分, corrections netted', () => {
    const payments = [payment(10), payment(20), payment(1_234_567_890_123), payment(-30)];
    expect(exact({ payments }, '资金支出总额')).toBe('1234567890123');
  });

  it('资金支出总额 of ten thousand 0.01 元 payments is exactly 10,000 分', () => {
    const payments = Array.from({ length: 10_000 }, () => payment(1));
    expect(exact({ payments }, '资金支出总额')).toBe('10000');
  });

  it('件均化解资金 is 资金支出总额 ÷ 已化解件数, exact in 分', () => {
    const cases = [resolved(), resolved(), resolved(), kase()];
    expect(exact({ cases, payments: [payment(100), payment(1)] }, '件均化解资金')).toBe('101/3');
  });

  it('预算执行率 divides by the sum of 全年预算数 of all sources', () => {
    const budget = [
      budgetLine(600_000),
      budgetLine(300_000, { source: '上年结转资金', initialBudget: 0 }),
    ];
    const payments = [payment(500_000), payment(100_000, { source: '上年结转资金' }), payment(-1)];
    expect(exact({ budget, payments }, '预算执行率')).toBe(
      new Fraction(599_999, 900_000).toFraction(),
    );
  });

  it('预算执行率 does not count a 其中：中央和省级补助 line again: it is inside 本年财政拨款', () => {
    const budget = [
      budgetLine(600_000),
      budgetLine(200_000, { source: '中央', category: '中央和省级补助' }),
    ];
    const payments = [payment(300_000), payment(200_000, { source: '中央' })];
    expect(exact({ budget, payments }, '预算执行率')).toBe('5/6');
  });

  it('预算执行率 cannot be computed without a budget', () => {
    expect(exact({ payments: [payment(1)], budget: [budgetLine(0)] }, '预算执行率')).toBeNull();
  });
});

describe('computeMeasures(input): 救助人数', () => {
  it('counts distinct 信访人编号 with a payment, one person for two cases', () => {
    const a = resolved(10, { petitionerId: 'P1' });
    const b = resolved(10, { petitionerId: 'P1' });
    const c = resolved(10, { petitionerId: 'P2' });
    const payments = [
      payment(100, { caseId: a.caseId }),
      payment(100, { caseId: b.caseId }),
      payment(100, { caseId: c.caseId }),
    ];
    expect(exact({ cases: [a, b, c], payments }, '救助人数')).toBe('2');
  });

  it('counts a case without 信访人编号 as one person', () => {
    const a = kase();
    const b = kase();
    const payments = [payment(100, { caseId: a.caseId }), payment(100, { caseId: b.caseId })];
    expect(exact({ cases: [a, b], payments }, '救助人数')).toBe('2');
  });

  it('does not count a case whose payments net to zero or below, nor payments without a case', () => {
    const reversed = kase({ petitionerId: 'P1' });
    const unpaid = kase({ petitionerId: 'P2' });
    const payments = [
      payment(100, { caseId: reversed.caseId }),
      payment(-100, { caseId: reversed.caseId }),
      payment(500),
    ];
    expect(exact({ cases: [reversed, unpaid], payments }, '救助人数')).toBe('0');
  });
});

describe('computeMeasures(input) reads only its input', () => {
  it('gives the new values when the same arrays are changed in place between calls', () => {
    const cases = [resolved(10), kase()];
    expect(exact({ cases }, '已化解件数')).toBe('1');
    cases[1] = resolved(10);
    expect(exact({ cases }, '已化解件数')).toBe('2');
    expect(exact({ cases }, '化解率')).toBe('1');
  });

  it('救助人数 comes from the links passed in, not from looking the payments up again', () => {
    const a = kase({ petitionerId: 'P1' });
    const b = kase({ petitionerId: 'P2' });
    const payments = [payment(100, { caseId: a.caseId })];
    const input = withLinks({ cases: [a, b], payments, budget: [], timelyDays: 90 });
    expect(computeMeasures(input).get('救助人数')?.toFraction()).toBe('1');
    const bothPaid = { ...input.links, paidFen: new Float64Array([100, 100]) };
    expect(
      computeMeasures({ ...input, links: bothPaid })
        .get('救助人数')
        ?.toFraction(),
    ).toBe('2');
  });
});
