/** indicators.csv — 绩效指标: targets, points, and how each is measured. */
import * as z from 'zod';
import { quote } from '../privacy/echo.ts';
import { CellFailure, parseDecimal } from '../read/cells.ts';
import { column, oneOf, requiredText } from '../read/columns.ts';
import { readTarget, readTimeActual, targetMistake, unitWritten } from './indicator-forms.ts';
import type { TargetForm } from './indicator-forms.ts';

/**
 * 一级指标 of both frameworks: 产出/效益/满意度 with 成本指标 under 产出 (财预〔2020〕10号), and
 * the newer 共性指标框架 where 成本指标 stands on its own.
 */
export const LEVEL1 = ['产出指标', '成本指标', '效益指标', '满意度指标'] as const;

/** 二级指标 allowed under each 一级指标. */
export const LEVEL2_OF: Record<(typeof LEVEL1)[number], readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标', '满意度指标'],
};

export const DIRECTIONS = ['≥', '≤', '=', '定性'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Grades of a qualitative indicator (the band of 分值 each allows is in model/scoring.ts). */
export const QUALITATIVE_GRADES = ['达成', '部分达成', '未达成'] as const;
export type QualitativeGrade = (typeof QUALITATIVE_GRADES)[number];
const GRADE_WORDS: Record<string, QualitativeGrade> = {
  达成: '达成',
  达成年度指标: '达成',
  达成预期指标: '达成',
  达成预期目标: '达成',
  部分达成: '部分达成',
  基本达成: '部分达成',
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

/** What marks an indicator the unit does not use this year (dropped; the rest rescaled). */
const NOT_APPLICABLE = '不适用';

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
  /** 指标状态: `不适用` drops the indicator (its 分值 is shared out over the rest). */
  status: column(z.string().optional(), {
    header: '指标状态',
    aliases: ['状态', '是否适用'],
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
  const directionWord = row.direction.normalize('NFKC').replace(/\s/g, '');
  const notApplicable = [directionWord, row.actual, row.status].some(
    (cell) => cell?.replace(/\s/g, '') === NOT_APPLICABLE,
  );
  const direction = DIRECTION_WORDS[directionWord];
  if (direction === undefined && !notApplicable) {
    ctx.addIssue({
      code: 'custom',
      path: ['direction'],
      message: `“${row.direction}”不是有效的指标性质；应为 ≥、≤、= 或 定性（也可写 >=、<=），不使用的指标写 不适用`,
    });
    return z.NEVER;
  }
  const points = decimal(row.points, 'points', ctx);
  if (points !== undefined && !(Number(points) > 0)) {
    ctx.addIssue({ code: 'custom', path: ['points'], message: `分值应大于 0，现为 ${points}` });
  }
  if (notApplicable) {
    // Its 分值 is shared out over the others: a score written beside it would be silently lost.
    if (row.manualScore !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['manualScore'],
        message: '标为不适用的指标不评分，其分值按比例分给其他指标；请清空得分，或删去“不适用”',
      });
    return dropped(row, direction ?? '定性', points);
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
    : quantitative(row, direction ?? '=', points, manualScore, ctx);
});

function base(row: Row, direction: Direction, points: string | undefined) {
  return {
    line: row.line,
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    direction,
    points: points ?? '0',
    reason: row.reason,
  };
}

/** An indicator marked 不适用: kept to be listed, left out of the score. */
function dropped(row: Row, direction: Direction, points: string | undefined) {
  return {
    ...base(row, direction, points),
    target: row.target,
    form: { kind: 'text' } as TargetForm,
    unit: row.unit,
    measure: undefined,
    actual: NOT_APPLICABLE,
    manualScore: undefined,
    notApplicable: true as const,
  };
}

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
          : `“${row.actual}”不是有效的定性结果；应为 达成（达成年度指标、达成预期指标）、部分达成（基本达成、部分达成并具有一定效果）或 未达成（未达成且效果较差）`,
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
    ...base(row, '定性', points),
    direction: '定性' as const,
    target: row.target,
    form: { kind: 'text' } as TargetForm,
    unit: row.unit,
    measure: undefined,
    actual: grade,
    manualScore,
    notApplicable: false as const,
  };
}

function quantitative(
  row: Row,
  direction: Exclude<Direction, '定性'>,
  points: string | undefined,
  manualScore: string | undefined,
  ctx: Ctx,
) {
  const written = stripDirection(row.target, direction);
  const unit = row.unit ?? unitWritten(written);
  const form = readTarget(stripUnit(written, unit));
  const issue = (path: keyof Row, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  const mistake = targetMistake(stripUnit(written, unit));
  if (mistake !== undefined) issue('target', mistake);
  if (form.kind === 'range' && direction !== '=') {
    issue(
      'direction',
      `年度指标值${quote(row.target)}是区间（两端都包含），指标性质应为 =；只要求不低于或不高于某值时，年度指标值只写一个数，如 ${direction}${direction === '≥' ? form.low : form.high}`,
    );
  }
  const computable = form.kind === 'number' || form.kind === 'range';
  if (mistake !== undefined) {
    // Said once, above: not also as a word target wanting a score.
  } else if (!computable && row.measure !== undefined) {
    issue(
      'target',
      `“${row.target}”不是有效数字；设置了计算口径的指标，年度指标值应为数字或区间（如 90%-100%）`,
    );
  }
  if (row.measure === undefined && row.actual === undefined) {
    issue('actual', '未设置计算口径时必须填写实际完成值');
  }
  if (
    mistake === undefined &&
    form.kind === 'text' &&
    row.measure === undefined &&
    row.manualScore === undefined
  ) {
    issue(
      'manualScore',
      `年度指标值“${row.target}”不是数字、区间或日期，按文字目标由评价人判断；必须填写得分`,
    );
  }
  let actual: string | undefined;
  if (row.actual !== undefined) {
    if (computable) {
      actual = decimal(stripUnit(stripDirection(row.actual, direction), unit), 'actual', ctx);
    } else if (form.kind === 'text') {
      actual = row.actual.trim();
    } else {
      actual = timeActual(row.actual, form, ctx);
    }
  }
  return {
    ...base(row, direction, points),
    direction,
    target: form.kind === 'number' ? form.value : row.target.trim(),
    form,
    unit,
    measure: row.measure,
    actual,
    manualScore,
    notApplicable: false as const,
  };
}

/** A time indicator's 实际完成值 as an ISO date or 是/否. */
function timeActual(text: string, form: TargetForm, ctx: Ctx): string | undefined {
  const read = readTimeActual(text);
  if (typeof read === 'string') {
    ctx.addIssue({ code: 'custom', path: ['actual'], message: read });
    return undefined;
  }
  if (read.kind === 'flag') return read.done ? '是' : '否';
  if (form.kind === 'onTime') {
    ctx.addIssue({
      code: 'custom',
      path: ['actual'],
      message: '年度指标值为“按时”时，实际完成值应为 是 或 否（没有截止日期可与日期比较）',
    });
    return undefined;
  }
  return read.date;
}

/** `≥270件` → `270件`: a target may repeat its comparator. */
function stripDirection(text: string, direction: string): string {
  const s = text.normalize('NFKC').trim();
  for (const word of Object.keys(DIRECTION_WORDS)) {
    if (DIRECTION_WORDS[word] === direction && s.startsWith(word))
      return s.slice(word.length).trim();
  }
  return s;
}

/** `270件` → `270`: a value may repeat its unit (a % is read by the number reader). */
function stripUnit(text: string, unit: string | undefined): string {
  if (unit !== undefined && unit !== '%' && text.endsWith(unit)) {
    return text.slice(0, -unit.length).trim();
  }
  return text;
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
