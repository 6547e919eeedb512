/** indicators.csv — 绩效指标: targets, points, and how each is measured. */
import * as z from 'zod';
import { CellFailure, parseDecimal } from '../read/cells.ts';
import { column, oneOf, requiredText } from '../read/columns.ts';

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标'] as const;

/** 二级指标 allowed under each 一级指标 (财预〔2020〕10号 layout). */
export const LEVEL2_OF: Record<(typeof LEVEL1)[number], readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

export const DIRECTIONS = ['≥', '≤', '=', '定性'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Grades of a qualitative indicator (the band of 分值 each allows is in model/scoring.ts). */
export const QUALITATIVE_GRADES = ['达成', '部分达成', '未达成'] as const;
export type QualitativeGrade = (typeof QUALITATIVE_GRADES)[number];
const GRADE_WORDS: Record<string, QualitativeGrade> = {
  达成: '达成',
  达成年度指标: '达成',
  部分达成: '部分达成',
  部分达成并具有一定效果: '部分达成',
  未达成: '未达成',
  未达成且效果较差: '未达成',
};

const DIRECTION_WORDS: Record<string, Direction> = {
  '≥': '≥',
  '>=': '≥',
  '≧': '≥',
  '≤': '≤',
  '<=': '≤',
  '≦': '≤',
  '=': '=',
  '==': '=',
  定性: '定性',
};

/** The row as written, one text field per column. */
export const indicatorRowSchema = z.object({
  /** Line in indicators.csv where the row starts. */
  line: z.int(),
  /** 一级指标 */
  level1: column(oneOf(LEVEL1), { header: '一级指标', cell: 'text', required: true }),
  /** 二级指标, one of those allowed under the 一级指标. */
  level2: column(requiredText(), { header: '二级指标', cell: 'text', required: true }),
  /** 三级指标: the indicator's name. */
  name: column(requiredText(), { header: '三级指标', cell: 'text', required: true }),
  /** 指标性质: ≥, ≤, =, 定性 (also >=, <=). */
  direction: column(requiredText(), { header: '指标性质', cell: 'text', required: true }),
  /** 年度指标值: a number, or for 定性 the expected outcome in words. */
  target: column(requiredText(), { header: '年度指标值', cell: 'text', required: true }),
  /** 度量单位: 件, 人, %, 万元, 天 … */
  unit: column(z.string().optional(), { header: '度量单位', cell: 'text' }),
  /** 分值 */
  points: column(requiredText(), { header: '分值', cell: 'text', required: true }),
  /** 计算口径: a measure computed from the data; blank means the value is entered by hand. */
  measure: column(z.string().optional(), { header: '计算口径', cell: 'text' }),
  /** 实际完成值: required when 计算口径 is blank; for 定性 one of 达成/部分达成/未达成. */
  actual: column(z.string().optional(), { header: '实际完成值', cell: 'text' }),
  /** 得分: a manual score, overriding the rule; required for 定性. */
  manualScore: column(z.string().optional(), { header: '得分', cell: 'text' }),
  /** 偏差原因分析及改进措施: required when the indicator is not met. */
  reason: column(z.string().optional(), {
    header: '偏差原因分析及改进措施',
    aliases: ['偏差原因', '偏差原因分析'],
    cell: 'text',
  }),
});

type Row = z.output<typeof indicatorRowSchema>;
type Ctx = z.RefinementCtx;

/** The row checked and normalised: numbers as canonical decimal text, words mapped. */
export const indicatorRecordSchema = indicatorRowSchema.transform((row, ctx) => {
  const allowed = LEVEL2_OF[row.level1];
  if (!allowed.includes(row.level2)) {
    ctx.addIssue({
      code: 'custom',
      path: ['level2'],
      message: `“${row.level2}”不属于“${row.level1}”；应为 ${allowed.join('、')} 之一`,
    });
  }
  const direction = DIRECTION_WORDS[row.direction.normalize('NFKC').replace(/\s/g, '')];
  if (direction === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['direction'],
      message: `“${row.direction}”不是有效的指标性质；应为 ≥、≤、= 或 定性（也可写 >=、<=）`,
    });
    return z.NEVER;
  }
  const points = decimal(row.points, 'points', ctx);
  if (points !== undefined && !(Number(points) > 0)) {
    ctx.addIssue({ code: 'custom', path: ['points'], message: `分值应大于 0，现为 ${points}` });
  }
  const manualScore =
    row.manualScore === undefined ? undefined : decimal(row.manualScore, 'manualScore', ctx);
  if (manualScore !== undefined && points !== undefined) {
    if (Number(manualScore) < 0 || Number(manualScore) > Number(points)) {
      ctx.addIssue({
        code: 'custom',
        path: ['manualScore'],
        message: `得分 ${manualScore} 应在 0 到分值 ${points} 之间`,
      });
    }
  }
  return direction === '定性'
    ? qualitative(row, points, manualScore, ctx)
    : quantitative(row, direction, points, manualScore, ctx);
});

function qualitative(
  row: Row,
  points: string | undefined,
  manualScore: string | undefined,
  ctx: Ctx,
) {
  if (row.measure !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['measure'],
      message: '定性指标由评价人判断，不能设置计算口径；请清空此格',
    });
  }
  const grade = row.actual === undefined ? undefined : GRADE_WORDS[row.actual.replace(/\s/g, '')];
  if (grade === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['actual'],
      message:
        row.actual === undefined
          ? '定性指标必须填写实际完成值：达成、部分达成 或 未达成'
          : `“${row.actual}”不是有效的定性结果；应为 达成、部分达成 或 未达成`,
    });
  }
  if (row.manualScore === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['manualScore'],
      message:
        '定性指标必须由评价人填写得分（达成 80%–100%、部分达成 60%–80%、未达成 0–60% 的分值）',
    });
  }
  return {
    line: row.line,
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    direction: '定性' as const,
    target: row.target,
    unit: row.unit,
    points: points ?? '0',
    measure: undefined,
    actual: grade,
    manualScore,
    reason: row.reason,
  };
}

function quantitative(
  row: Row,
  direction: Exclude<Direction, '定性'>,
  points: string | undefined,
  manualScore: string | undefined,
  ctx: Ctx,
) {
  const target = decimal(stripAround(row.target, direction, row.unit), 'target', ctx);
  if (row.measure === undefined && row.actual === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['actual'],
      message: '未设置计算口径时必须填写实际完成值',
    });
  }
  const actual =
    row.actual === undefined
      ? undefined
      : decimal(stripAround(row.actual, direction, row.unit), 'actual', ctx);
  return {
    line: row.line,
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    direction,
    target: target ?? '0',
    unit: row.unit,
    points: points ?? '0',
    measure: row.measure,
    actual,
    manualScore,
    reason: row.reason,
  };
}

/** `≥270件` → `270`: a target may repeat its comparator and unit. */
function stripAround(text: string, direction: string, unit: string | undefined): string {
  let s = text.normalize('NFKC').trim();
  for (const word of Object.keys(DIRECTION_WORDS)) {
    if (DIRECTION_WORDS[word] === direction && s.startsWith(word)) {
      s = s.slice(word.length).trim();
      break;
    }
  }
  if (unit !== undefined && unit !== '%' && s.endsWith(unit)) s = s.slice(0, -unit.length).trim();
  return s;
}

function decimal(text: string, field: keyof Row, ctx: Ctx): string | undefined {
  const value = parseDecimal(text);
  if (value instanceof CellFailure || value === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `“${text}”不是有效数字`,
    });
    return undefined;
  }
  return value;
}

export type IndicatorRecord = z.output<typeof indicatorRecordSchema>;
