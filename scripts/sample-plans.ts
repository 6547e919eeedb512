/**
 * What the bundled sample should show, year by year, for `scripts/make-sample.ts`: the counts the
 * ledgers must hit, the budget lines, the indicator tables as the bureau would type them, and the
 * fictional district (示例区) the records are drawn from. Edit this file to change the sample;
 * the generator checks the result before it writes anything.
 */

export interface Plan {
  year: number;
  /** 资金来源, 年初预算数 and 全年预算数 in 万元, and what its payments must add up to, in 分. */
  budget: readonly (readonly [string, number, number, number])[];
  /** Payments made with a wrong amount, reversed (冲减) and paid again. */
  corrections: number;
  /** indicators.csv without its header, one row per line, as the bureau would write it. */
  indicators: string;
  /** budget.csv's 资金类别 per 资金来源, as the bureau writes it; no such column when absent. */
  categories?: Readonly<Record<string, string>>;
  /**
   * A 其中：中央和省级补助 line: part of the `of` line (its 年初预算数 and 全年预算数 in 万元), paid
   * by the earliest payments of `of` that fit in it, which name it instead.
   */
  part?: { source: string; of: string; initial: number; annual: number };
}

export interface BacklogPlan extends Plan {
  resolved: number;
  open: number;
  /** How many of last year's still-open cases are resolved this year. */
  carriedResolved: number;
  /** Resolved cases without 息诉罢访. */
  unsettled: number;
  unhappy: number;
  unrated: number;
}

export interface ReliefPlan extends Plan {
  people: number;
  cases: number;
  /** Cases that took longer than the 90 days of 信访工作条例 (60 + 30). */
  late: number;
  firstDay: string;
}

// 2024 reproduces seed 000: 270 resolved; 7,686,979.00 元 = 6,149,583.00 区财政 + 1,537,396.00 配套.
// 2023 falls short on 满意率 and the 机制 indicator but meets 息诉罢访率, which 2024 misses.
export const BACKLOG_PLANS: readonly BacklogPlan[] = [
  {
    year: 2022,
    resolved: 200,
    open: 26,
    carriedResolved: 0,
    unsettled: 16,
    unhappy: 18,
    unrated: 30,
    corrections: 0,
    budget: [
      ['本年财政拨款', 480, 460, 438_096_600],
      ['责任单位配套', 120, 115, 109_524_200],
    ],
    indicators: `
产出指标,数量指标,化解信访积案数,≥,200,件,20,已化解件数,,,
产出指标,质量指标,积案化解率,≥,85,%,15,化解率,,,
产出指标,时效指标,化解资金拨付及时率,=,100,%,5,,96,,年末集中审定的部分化解资金，因责任单位配套资金未及时到位而延后拨付。改进措施：配套资金列入责任单位年初预算，联席会议审定后限期拨付到位。
产出指标,成本指标,件均化解资金,≤,3,万元,10,件均化解资金,,,
效益指标,社会效益指标,息诉罢访率,≥,90,%,15,息诉罢访率,,,
效益指标,社会效益指标,维护社会和谐稳定,定性,化解一批久拖未决的信访积案，重复信访和越级上访明显减少,,10,,达成,8.5,
效益指标,可持续影响指标,矛盾纠纷源头化解机制,定性,形成积案滚动排查、定期研判、化解后跟踪回访的常态机制,,5,,达成,4,
满意度指标,服务对象满意度指标,信访群众满意率,≥,85,%,10,满意率,,,`,
  },
  {
    year: 2023,
    resolved: 240,
    open: 25,
    carriedResolved: 20,
    unsettled: 9,
    unhappy: 27,
    unrated: 25,
    corrections: 1,
    budget: [
      ['本年财政拨款', 560, 580, 526_673_200],
      ['责任单位配套', 140, 145, 131_668_300],
    ],
    indicators: `
产出指标,数量指标,化解信访积案数,≥,240,件,20,已化解件数,,,
产出指标,质量指标,积案化解率,≥,90,%,15,化解率,,,
产出指标,时效指标,化解资金拨付及时率,=,100,%,5,,100,,
产出指标,成本指标,件均化解资金,≤,3,万元,10,件均化解资金,,,
效益指标,社会效益指标,息诉罢访率,≥,95,%,15,息诉罢访率,,,
效益指标,社会效益指标,维护社会和谐稳定,定性,化解一批久拖未决的信访积案，重复信访和越级上访明显减少,,10,,达成,9,
效益指标,可持续影响指标,矛盾纠纷源头化解机制,定性,形成积案滚动排查、定期研判、化解后跟踪回访的常态机制,,5,,部分达成,3.5,积案排查和研判已经常态化，但化解后的跟踪回访尚未形成固定制度。下一年度建立回访台账，明确专人负责、按季回访。
满意度指标,服务对象满意度指标,信访群众满意率,≥,90,%,10,满意率,,,参与评价的信访群众中有27件表示不满意，集中在征地拆迁和企业改制类积案，主要对补偿标准和办理周期有意见。改进措施：化解方案确定前先听取当事人意见，精简审批环节，办结后及时回访并解释政策依据。`,
  },
  {
    year: 2024,
    resolved: 270,
    open: 22,
    carriedResolved: 19,
    unsettled: 17,
    unhappy: 16,
    unrated: 30,
    corrections: 3,
    budget: [
      ['本年财政拨款', 640, 640, 614_958_300],
      ['责任单位配套', 160, 160, 153_739_600],
    ],
    indicators: `
产出指标,数量指标,化解信访积案数,≥,270,件,20,已化解件数,,,
产出指标,质量指标,积案化解率,≥,90,%,15,化解率,,,
产出指标,时效指标,化解资金拨付及时率,=,100,%,5,,100,,
产出指标,成本指标,件均化解资金,≤,3,万元,10,件均化解资金,,,
效益指标,社会效益指标,息诉罢访率,≥,95,%,15,息诉罢访率,,,已化解的{已化解件数}积案中有17件尚未签订息诉罢访协议，多为时间跨度长的历史遗留案件，当事人对补偿标准仍有保留意见，化解后的回访跟进也不够及时。改进措施：对未息诉案件逐件落实包案领导回访，结合法律释明和心理疏导巩固化解成果，力争次年上半年全部签订协议。
效益指标,社会效益指标,维护社会和谐稳定,定性,化解一批久拖未决的信访积案，重复信访和越级上访明显减少,,10,,达成,9,
效益指标,可持续影响指标,矛盾纠纷源头化解机制,定性,形成积案滚动排查、定期研判、化解后跟踪回访的常态机制,,5,,达成,4.5,
满意度指标,服务对象满意度指标,信访群众满意率,≥,90,%,10,满意率,,,`,
  },
];

// 2024 reproduces seed 003: 31 people, 57.15 万元 = 50 本年 + 7.15 结转 (what 2023 left unspent).
export const RELIEF_PLANS: readonly ReliefPlan[] = [
  {
    year: 2023,
    people: 22,
    cases: 24,
    late: 1,
    firstDay: '2023-03-01',
    corrections: 0,
    budget: [['本年财政拨款', 40, 45, 37_850_000]],
    indicators: `
产出指标,数量指标,信访救助人数,≥,20,人,20,救助人数,,,
产出指标,质量指标,停访息诉率,=,100,%,15,息诉罢访率,,,
产出指标,时效指标,救助事项及时完成率,=,100,%,10,按期办结率,,,1件救助事项需补充核实申请人家庭经济状况，办理时间超过90日。改进措施：受理时一次性告知所需材料，与民政部门共享困难群众认定信息，缩短核实时间。
产出指标,成本指标,救助资金支出,≤,45,万元,5,资金支出总额,,,
效益指标,社会效益指标,受助群众停访息诉、社会和谐稳定,定性,受助群众生活困难得到缓解，不再因同一事项信访,,15,,达成,13,
效益指标,可持续影响指标,救助与常态化帮扶衔接,定性,救助对象纳入民政、人社等常态化帮扶，形成长效机制,,15,,部分达成,10,项目首个实施年度，救助与民政、人社等部门常态化帮扶政策的衔接机制尚在建立。下一年度建立救助对象信息通报制度，推动救助后持续帮扶。
满意度指标,服务对象满意度指标,信访群众自愿签订停访息诉协议比例,=,100,%,10,,100,,`,
  },
  {
    year: 2024,
    people: 31,
    cases: 33,
    late: 0,
    firstDay: '2024-01-08',
    corrections: 1,
    budget: [
      ['上年结转资金', 7.15, 7.15, 7_150_000],
      ['本年财政拨款', 50, 50, 50_000_000],
    ],
    // 20 万元 of the 50 came from the 中央和省级 transfer for 特殊疑难信访问题.
    categories: {
      上年结转资金: '上年结转',
      本年财政拨款: '本年财政拨款',
      中央和省级补助资金: '其中：中央和省级补助',
    },
    part: { source: '中央和省级补助资金', of: '本年财政拨款', initial: 20, annual: 20 },
    indicators: `
产出指标,数量指标,信访救助人数,≥,31,人,20,救助人数,,,
产出指标,质量指标,停访息诉率,=,100,%,15,息诉罢访率,,,
产出指标,时效指标,救助事项及时完成率,=,100,%,10,按期办结率,,,
产出指标,成本指标,救助资金支出,≤,57.15,万元,5,资金支出总额,,,
效益指标,社会效益指标,受助群众停访息诉、社会和谐稳定,定性,受助群众生活困难得到缓解，不再因同一事项信访,,15,,达成,14,
效益指标,可持续影响指标,救助与常态化帮扶衔接,定性,救助对象纳入民政、人社等常态化帮扶，形成长效机制,,15,,达成,13,
满意度指标,服务对象满意度指标,信访群众自愿签订停访息诉协议比例,=,100,%,10,,100,,`,
  },
];

/**
 * A working fund with no case ledger: payments for the bureau's running costs, scored on
 * indicators in the forms real tables use (a range, a date, words, a 成本 ceiling).
 */
export interface FundsPlan extends Plan {
  /** 用途 of the payments and how many of each, with the range of one payment in 元. */
  purposes: readonly (readonly [string, number, number, number])[];
}

export const FUNDS_PLANS: readonly FundsPlan[] = [
  {
    year: 2024,
    corrections: 0,
    budget: [
      ['本年财政拨款', 18, 18, 16_540_000],
      ['上年结转资金', 2, 2, 1_880_000],
    ],
    purposes: [
      ['办公用品', 14, 800, 6000],
      ['维稳工作', 10, 3000, 15_000],
      ['窗口建设', 4, 8000, 30_000],
      ['资料印刷', 6, 500, 4000],
      ['业务培训', 3, 2000, 8000],
    ],
    indicators: `
产出指标,数量指标,规范化接访窗口建成数,≥,1,个,15,,1,,
产出指标,质量指标,来访事项登记规范率,=,95%-100%,,15,,98.5,,
产出指标,时效指标,年度经费支付完成时间,=,2024年12月31日前,,10,,2024年12月20日,,
产出指标,成本指标,经费支出总额,≤,20,万元,10,资金支出总额,,,
效益指标,社会效益指标,保障信访工作正常运转,定性,信访接待和矛盾化解工作有序开展,,20,,达成预期指标,18,
效益指标,可持续影响指标,信访工作规范化水平,≥,持续改善,,10,,持续改善,9,
满意度指标,服务对象满意度指标,来访群众满意度,≥,90,%,10,,93,,`,
  },
];

/** Figures of the seed reports the sample must reproduce, by folder (money in 元, rates 0–1). */
export const SEED_FIGURES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'data/2024/jiean-huajie': { 已化解件数: 270, 息诉罢访件数: 253, 资金支出总额: 7_686_979 },
  'data/2024/xinfang-jiuzhu': {
    救助人数: 31,
    资金支出总额: 571_500,
    按期办结率: 1,
    息诉罢访率: 1,
  },
};

// ------------------------------------------------------------------ the fictional district

const words = (text: string): string[] => text.trim().split(/\s+/);

export const SURNAMES = [
  ...'王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖',
  '欧阳',
];
export const GIVEN = [...'华明国建军平英芳强伟秀兰林生福贵春梅珍祥荣海山成发元厚武全兴和敏刚勇'];
export const STREETS = words('城关街道 东湖街道 西岭镇 南塘镇 北山街道 桥头镇 新港街道 白沙镇');
export const LEADERS = [
  '区委副书记 周文博',
  '副区长 陈建华',
  '副区长 林晓峰',
  '区委常委、政法委书记 王志明',
  '区人大常委会副主任 李国强',
  '区政协副主席 赵丽萍',
  '区信访局局长 刘振宇',
];

/** 问题类别, how often it occurs, the department that owns it, what its money is used for. */
export const CATEGORIES = [
  { name: '征地拆迁', weight: 24, dept: '区自然资源局', purposes: ['补偿安置'] },
  { name: '劳动社保', weight: 14, dept: '区人社局', purposes: ['生活补助', '就业帮扶'] },
  { name: '涉法涉诉', weight: 12, dept: '区司法局', purposes: ['困难救助', '生活补助'] },
  { name: '城乡建设', weight: 14, dept: '区住建局', purposes: ['补偿安置', '困难救助'] },
  { name: '农村农业', weight: 10, dept: '区农业农村局', purposes: ['补偿安置', '生活补助'] },
  { name: '环境保护', weight: 6, dept: '区生态环境局', purposes: ['补偿安置', '困难救助'] },
  { name: '教育卫生', weight: 7, dept: '区卫健局', purposes: ['医疗救助', '困难救助'] },
  { name: '企业改制', weight: 8, dept: '区国资中心', purposes: ['生活补助', '就业帮扶'] },
] as const;

export const DONE_NOTES = words('经区信访工作联席会议研究 历史遗留问题，分期兑付 已纳入低保');
export const OPEN_NOTES = words('正在协调补偿方案 待司法程序终结后继续化解 诉求超出政策范围');
export const RELIEF_NOTES = words('因病致贫 家庭主要劳动力丧失劳动能力 子女就学困难');
/** Notes the 2024 ledger must carry so the reader meets a comma, a line break and quotes. */
export const AWKWARD_NOTES = [
  '补偿款分两期拨付, 第二期由责任单位配套',
  '首次协调未达成一致\n经听证后签订协议',
  '信访人表示"问题已解决"',
];
