import { describe, expect, it } from 'vitest';
import { MEASURE_NAMES } from '../../../src/lib/model/measures.ts';
import {
  BUDGET_HEADER,
  CASES_HEADER,
  checkProjectYear,
  csv,
  formatted,
  INDICATORS_HEADER,
  SPENDING_HEADER,
} from '../support/tables.ts';

const D = 'data/2024/demo';
const CASE_A01 = 'A01,罗某厚,P1,东城街道,征地拆迁,2024-01-05,2024-02-01,已化解,是,满意';
const CASE_A02 = 'A02,周某武,P2,西城街道,劳动社保,2023-11-20,,化解中,,';
const PAY_P01 = 'P01,2024-02-10,A01,本年财政拨款,"1,000.00",困难救助';
const PAY_P02 = 'P02,2024-03-10,,上年结转资金,500.50,';
const VALID_SPENDING = csv(SPENDING_HEADER, PAY_P01, PAY_P02);

describe('crossCheck(tables)', () => {
  it('finds nothing wrong in a consistent project-year', () => {
    const { own, cross } = checkProjectYear();
    expect(own).toEqual([]);
    expect(cross).toEqual([]);
  });

  it('refuses a duplicate 案件编号, naming the first line', () => {
    const { cross } = checkProjectYear({ cases: csv(CASES_HEADER, CASE_A01, CASE_A02, CASE_A01) });
    expect(formatted(cross)).toEqual([
      `${D}/cases.csv:4: 案件编号: 案件编号“A01”重复，第 2 行已有；案件编号在本表中应唯一`,
    ]);
  });

  it('refuses a duplicate 拨付编号 under the header as written (凭证号)', () => {
    const { cross } = checkProjectYear({
      spending: csv(
        SPENDING_HEADER.replace('拨付编号', '凭证号'),
        PAY_P01,
        PAY_P02,
        PAY_P01.replace('1,000.00', '0'),
      ),
      budget: csv(BUDGET_HEADER, '本年财政拨款,1,1,', '上年结转资金,0.5,0.5,'),
    });
    expect(formatted(cross)).toEqual([
      `${D}/spending.csv:4: 凭证号: 拨付编号“P01”重复，第 2 行已有；拨付编号在本表中应唯一`,
    ]);
  });

  it('refuses a duplicate 资金来源 in budget.csv', () => {
    const { cross } = checkProjectYear({
      budget: csv(BUDGET_HEADER, '本年财政拨款,1,1,', '上年结转资金,0.5,0.5,', '本年财政拨款,1,1,'),
    });
    expect(formatted(cross)).toEqual([
      `${D}/budget.csv:4: 资金来源: 资金来源“本年财政拨款”重复，第 2 行已有；资金来源在本表中应唯一`,
    ]);
  });

  it('refuses the same indicator twice', () => {
    const { cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,数量指标,化解信访积案,≥,1,件,45,已化解件数,,,',
        '产出指标,数量指标,化解信访积案,≥,2,件,45,已化解件数,,,',
      ),
    });
    expect(formatted(cross)).toEqual([
      `${D}/indicators.csv:3: 三级指标: 指标“产出指标/数量指标/化解信访积案”重复，第 2 行已有；指标在本表中应唯一`,
    ]);
  });

  it('refuses a payment for a case that is not in cases.csv', () => {
    const { cross } = checkProjectYear({
      spending: csv(SPENDING_HEADER, PAY_P01.replace('A01', 'A99'), PAY_P02),
    });
    expect(formatted(cross)).toEqual([
      `${D}/spending.csv:2: 案件编号: 案件编号“A99”在 cases.csv 中不存在；应为台账中已有的案件编号，或留空`,
    ]);
  });

  it('does not look up case numbers while cases.csv has errors of its own', () => {
    const { own, cross } = checkProjectYear({
      cases: csv(CASES_HEADER, CASE_A01.replace('罗某厚', '罗明厚'), CASE_A02),
    });
    expect(formatted(own)).toHaveLength(1);
    expect(cross).toEqual([]);
  });

  it.each([
    ['2023-12-31', '拨付日期 2023-12-31 不在 2024 年内；应在 2024-01-01 至 2024-12-31 之间'],
    ['2025-01-01', '拨付日期 2025-01-01 不在 2024 年内；应在 2024-01-01 至 2024-12-31 之间'],
  ])('refuses a payment dated %s, outside the year', (date, message) => {
    const { cross } = checkProjectYear({
      spending: csv(SPENDING_HEADER, PAY_P01.replace('2024-02-10', date), PAY_P02),
    });
    expect(formatted(cross)).toEqual([`${D}/spending.csv:2: 拨付日期: ${message}`]);
  });

  it('accepts payments on the first and the last day of the year', () => {
    const { cross } = checkProjectYear({
      spending: csv(
        SPENDING_HEADER,
        PAY_P01.replace('2024-02-10', '2024-01-01'),
        PAY_P02.replace('2024-03-10', '2024-12-31'),
      ),
    });
    expect(cross).toEqual([]);
  });

  it('refuses cases registered or closed after the end of the year', () => {
    const { cross } = checkProjectYear({
      cases: csv(
        CASES_HEADER,
        CASE_A01.replace('2024-02-01', '2025-01-02'),
        'A02,周某武,P2,西城街道,劳动社保,2025-01-01,,化解中,,',
      ),
    });
    expect(formatted(cross)).toEqual([
      `${D}/cases.csv:2: 办结日期: 办结日期 2025-01-02 晚于 2024 年末；年末尚未办结的案件应标为“化解中”或“未化解”`,
      `${D}/cases.csv:3: 登记日期: 登记日期 2025-01-01 晚于 2024 年末；本年度台账只能包含年末前登记的案件`,
    ]);
  });

  it('refuses 办结日期 before 登记日期, and a missing 办结日期 for a resolved case', () => {
    const { own } = checkProjectYear({
      cases: csv(
        CASES_HEADER,
        CASE_A01.replace('2024-02-01', '2024-01-04'),
        CASE_A02.replace('化解中', '已化解'),
      ),
    });
    expect(formatted(own)).toEqual([
      `${D}/cases.csv:2: 办结日期: 办结日期 2024-01-04 早于登记日期 2024-01-05；办结日期不能早于登记日期`,
      `${D}/cases.csv:3: 办结日期: 化解状态为“已化解”时必须填写办结日期`,
    ]);
  });

  it('refuses a 资金来源 that budget.csv does not have, listing those it has', () => {
    const { cross } = checkProjectYear({
      spending: csv(SPENDING_HEADER, PAY_P01, PAY_P02.replace('上年结转资金', '其他资金')),
    });
    // The payment no longer counts towards 上年结转资金, so its 全年执行数 no longer reconciles.
    expect(formatted(cross)).toEqual([
      `${D}/spending.csv:3: 资金来源: 资金来源“其他资金”不在 budget.csv 中；应为 本年财政拨款、上年结转资金 之一`,
      `${D}/budget.csv:3: 全年执行数(万元): “上年结转资金”的全年执行数为 500.50 元，但资金拨付明细中该来源合计 0.00 元，相差 500.50 元；两者应一致`,
    ]);
  });

  it('refuses a 全年执行数 that differs from the payments of its source by one 分', () => {
    const { cross } = checkProjectYear({
      budget: csv(BUDGET_HEADER, '本年财政拨款,1,1,0.100001', '上年结转资金,0.5,0.5,0.05005'),
    });
    expect(formatted(cross)).toEqual([
      `${D}/budget.csv:2: 全年执行数(万元): “本年财政拨款”的全年执行数为 1,000.01 元，但资金拨付明细中该来源合计 1,000.00 元，相差 0.01 元；两者应一致`,
    ]);
  });

  it('reconciles 全年执行数 with payments net of corrections', () => {
    const { cross } = checkProjectYear({
      spending: csv(
        SPENDING_HEADER,
        PAY_P01,
        PAY_P02,
        'P03,2024-04-01,A01,本年财政拨款,(200.00),冲减',
        'P04,2024-04-02,,本年财政拨款,0.1,',
        'P05,2024-04-03,,本年财政拨款,0.2,',
      ),
      budget: csv(BUDGET_HEADER, '本年财政拨款,1,1,0.080030', '上年结转资金,0.5,0.5,'),
    });
    expect(cross).toEqual([]);
  });

  it('reconciles a 本年财政拨款 line with its own payments and those of its 其中 line', () => {
    const header = '资金来源,资金类别,全年预算数(万元),全年执行数(万元)';
    const spending = csv(
      SPENDING_HEADER,
      PAY_P01,
      PAY_P02,
      'P03,2024-04-01,,中央和省级补助资金,300.00,',
    );
    const good = checkProjectYear({
      spending,
      budget: csv(
        header,
        '本年财政拨款,当年财政拨款,1,0.13',
        '中央和省级补助资金,其中：中央和省级补助,0.05,0.03',
        '上年结转资金,上年结转,0.5,0.05005',
      ),
    });
    expect(good.own).toEqual([]);
    expect(good.cross).toEqual([]);
    // Stated as its own payments only, it does not reconcile: the message names the part.
    const own = checkProjectYear({
      spending,
      budget: csv(
        header,
        '本年财政拨款,当年财政拨款,1,0.1',
        '中央和省级补助资金,其中：中央和省级补助,0.05,0.03',
        '上年结转资金,上年结转,0.5,0.05005',
      ),
    });
    expect(formatted(own.cross)).toEqual([
      `${D}/budget.csv:2: 全年执行数(万元): “本年财政拨款”的全年执行数为 1,000.00 元，但资金拨付明细中该来源（含其中：中央和省级补助“中央和省级补助资金”）合计 1,300.00 元，相差 -300.00 元；两者应一致`,
    ]);
  });

  it('does not reconcile 全年执行数 while spending.csv has errors of its own', () => {
    const { own, cross } = checkProjectYear({
      spending: csv(SPENDING_HEADER, PAY_P01, PAY_P02.replace('500.50', 'abc')),
    });
    expect(own).toHaveLength(1);
    expect(cross).toEqual([]);
  });

  it('refuses a budget.csv with no lines', () => {
    const { cross } = checkProjectYear({
      budget: csv(BUDGET_HEADER),
      spending: csv(SPENDING_HEADER),
    });
    expect(formatted(cross)).toEqual([
      `${D}/budget.csv: 没有任何资金来源；资金情况表至少应有一行（如 本年财政拨款）`,
    ]);
  });

  it('refuses an unknown 计算口径, listing the known ones', () => {
    const { cross } = checkProjectYear({
      indicators: csv(INDICATORS_HEADER, '产出指标,数量指标,化解信访积案,≥,1,件,90,化解件数,,,'),
    });
    expect(formatted(cross)).toEqual([
      `${D}/indicators.csv:2: 计算口径: “化解件数”不是已知的计算口径；可用的有 积案总数、已化解件数、化解率、息诉罢访件数、息诉罢访率、按期办结率、满意率、救助人数、资金支出总额、件均化解资金、预算执行率，或留空并手工填写实际完成值`,
    ]);
    // The list in the message is the list of measures, whatever it grows to.
    expect(formatted(cross)[0]).toContain(MEASURE_NAMES.join('、'));
  });

  it.each([
    [
      ['45', '40'],
      '各指标分值合计 85 分，加上预算执行率的 10 分共 95 分；应为 100 分（指标分值合计应为 90 分）',
    ],
    [
      ['50', '45'],
      '各指标分值合计 95 分，加上预算执行率的 10 分共 105 分；应为 100 分（指标分值合计应为 90 分）',
    ],
    [
      ['45.5', '44.6'],
      '各指标分值合计 90.1 分，加上预算执行率的 10 分共 100.1 分；应为 100 分（指标分值合计应为 90 分）',
    ],
  ])('refuses points %j that do not make 100 with the funding block', (points, message) => {
    const { cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        `产出指标,数量指标,化解信访积案,≥,1,件,${points[0]},已化解件数,,,`,
        `效益指标,社会效益指标,息诉罢访率,≥,90,%,${points[1]},息诉罢访率,,,`,
      ),
    });
    expect(formatted(cross)).toEqual([`${D}/indicators.csv: ${message}`]);
  });

  it('adds points exactly: 44.7 + 22.1 + 23.2 is 90', () => {
    const { cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,数量指标,化解信访积案,≥,1,件,44.7,已化解件数,,,',
        '产出指标,质量指标,化解率,≥,50,%,22.1,化解率,,,',
        '效益指标,社会效益指标,息诉罢访率,≥,90,%,23.2,息诉罢访率,,,',
      ),
    });
    expect(44.7 + 22.1 + 23.2).not.toBe(90);
    expect(cross).toEqual([]);
  });

  it('accepts 成本指标 as a first-level indicator (共性指标框架), points still 90 with the funding block', () => {
    const { own, cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,数量指标,化解信访积案,≥,1,件,40,已化解件数,,,',
        '成本指标,经济成本指标,件均化解资金,≤,10,万元,20,件均化解资金,,,',
        '效益指标,社会效益指标,息诉罢访率,≥,0,%,30,息诉罢访率,,,',
      ),
    });
    expect(own).toEqual([]);
    expect(cross).toEqual([]);
  });

  it('refuses a table that uses both frameworks for 成本指标', () => {
    const { cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,成本指标,件均化解资金,≤,10,万元,40,件均化解资金,,,',
        '成本指标,经济成本指标,支出总额,≤,10,万元,20,资金支出总额,,,',
        '效益指标,社会效益指标,息诉罢访率,≥,0,%,30,息诉罢访率,,,',
      ),
    });
    expect(formatted(cross)).toEqual([
      `${D}/indicators.csv:3: 一级指标: 成本指标在第 2 行列在产出指标下，此行又作为一级指标；同一张表只能用一种指标框架（成本指标列在产出指标下，或作为一级指标分经济、社会、生态环境成本指标）`,
    ]);
  });

  it.each([
    [
      '89.99',
      '各指标分值合计 89.99 分，加上预算执行率的 10 分共 99.99 分；应为 100 分（指标分值合计应为 90 分）',
    ],
    [
      '90.01',
      '各指标分值合计 90.01 分，加上预算执行率的 10 分共 100.01 分；应为 100 分（指标分值合计应为 90 分）',
    ],
  ])('refuses points off by 0.01 (total %s)', (total, message) => {
    const second = String(Math.round((Number(total) - 45) * 100) / 100);
    const { cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,数量指标,化解信访积案,≥,1,件,45,已化解件数,,,',
        `效益指标,社会效益指标,息诉罢访率,≥,90,%,${second},息诉罢访率,,,`,
      ),
    });
    expect(formatted(cross)).toEqual([`${D}/indicators.csv: ${message}`]);
  });

  it('refuses a table whose every indicator is 不适用: nothing is left to score', () => {
    const { own, cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,数量指标,化解信访积案,≥,1,件,45,,不适用,,',
        '效益指标,生态效益指标,生态,≥,1,%,45,,不适用,,',
      ),
    });
    expect(own).toEqual([]);
    expect(formatted(cross)).toEqual([
      `${D}/indicators.csv: 2 个指标都标为不适用，无法评分；至少应有一项适用的指标（不适用的指标分值按比例分给其余指标）`,
    ]);
  });

  it.each([
    ['2023年12月31日前', 2023],
    ['2025-06-30之前', 2025],
  ])('warns of a deadline %j outside the table’s year 2024', (target, year) => {
    const { cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,数量指标,化解信访积案,≥,1,件,45,已化解件数,,,',
        `产出指标,时效指标,完成时间,=,${target},,45,,是,,`,
      ),
    });
    expect(cross.map((p) => p.severity)).toEqual(['warning']);
    expect(formatted(cross)).toEqual([
      `${D}/indicators.csv:3: 年度指标值: 指标“完成时间”的截止日期在 ${year} 年，不在本表的 2024 年度内；是否沿用了其他年度的指标表？请核对年份`,
    ]);
  });

  it.each(['2024年12月31日前', '12月底前'])(
    'takes the deadline %j as of the table’s year',
    (target) => {
      const { cross } = checkProjectYear({
        indicators: csv(
          INDICATORS_HEADER,
          '产出指标,数量指标,化解信访积案,≥,1,件,45,已化解件数,,,',
          `产出指标,时效指标,完成时间,=,${target},,45,,是,,`,
        ),
      });
      expect(cross).toEqual([]);
    },
  );

  it('counts the points of 不适用 indicators in the 100 (they are shared out when scoring)', () => {
    const { cross } = checkProjectYear({
      indicators: csv(
        INDICATORS_HEADER,
        '产出指标,数量指标,化解信访积案,≥,1,件,60,已化解件数,,,',
        '效益指标,生态效益指标,生态,≥,1,%,30,,不适用,,',
      ),
    });
    expect(cross).toEqual([]);
  });

  describe('without cases.csv', () => {
    const budget = csv(BUDGET_HEADER, '本年财政拨款,1,1,0.1', '上年结转资金,0.5,0.5,0.05005');
    const spending = csv(
      SPENDING_HEADER,
      'P01,2024-02-10,,本年财政拨款,"1,000.00",办公用品',
      'P02,2024-03-10,,上年结转资金,500.50,窗口建设',
    );
    const hand = '产出指标,数量指标,购置办公设备,≥,1,批,90,,1,,';

    it('accepts payments that name no case and indicators entered by hand', () => {
      const { own, cross } = checkProjectYear(
        { budget, spending, indicators: csv(INDICATORS_HEADER, hand) },
        2024,
        false,
      );
      expect(own).toEqual([]);
      expect(cross).toEqual([]);
    });

    it('refuses a payment that names a case', () => {
      const { cross } = checkProjectYear(
        { budget, spending: VALID_SPENDING, indicators: csv(INDICATORS_HEADER, hand) },
        2024,
        false,
      );
      expect(formatted(cross)).toEqual([
        `${D}/spending.csv:2: 案件编号: 本项目年度没有 cases.csv（信访积案台账），案件编号应留空`,
      ]);
    });

    it.each(['积案总数', '化解率', '息诉罢访率', '救助人数', '件均化解资金'])(
      'refuses the case measure %s, saying there is no cases.csv',
      (measure) => {
        const { cross } = checkProjectYear(
          {
            budget,
            spending,
            indicators: csv(INDICATORS_HEADER, `产出指标,数量指标,指标,≥,1,%,90,${measure},,,`),
          },
          2024,
          false,
        );
        expect(formatted(cross)).toEqual([
          `${D}/indicators.csv:2: 计算口径: “${measure}”按信访积案台账计算，但本项目年度没有 cases.csv；没有台账时可用的计算口径有 资金支出总额、预算执行率，或留空并手工填写实际完成值`,
        ]);
      },
    );

    it('accepts the payment measures 资金支出总额 and 预算执行率', () => {
      const { cross } = checkProjectYear(
        {
          budget,
          spending,
          indicators: csv(
            INDICATORS_HEADER,
            '产出指标,数量指标,支出,≥,0.1,万元,45,资金支出总额,,,',
            '产出指标,质量指标,执行率,≥,90,%,45,预算执行率,,,',
          ),
        },
        2024,
        false,
      );
      expect(cross).toEqual([]);
    });
  });
});
