/** cases.csv — 信访积案台账, one row per case. */
import * as z from 'zod';
import { isMaskedName, UNMASKED_NAME_MESSAGE } from '../privacy/privacy.ts';
import { column, isoDate, oneOf, requiredText } from '../read/columns.ts';

export const CASE_STATUSES = ['已化解', '化解中', '未化解'] as const;
export const SATISFACTION_LEVELS = ['满意', '基本满意', '不满意', '未评价'] as const;

export const caseRecordSchema = z
  .object({
    /** Line in cases.csv where the row starts. */
    line: z.int(),
    /** 案件编号: unique within the project-year. */
    caseId: column(requiredText(), { header: '案件编号', cell: 'text', required: true }),
    /** 信访人: a masked name only (罗某厚, 罗某, 罗某甲). */
    petitioner: column(requiredText().refine(isMaskedName, { error: UNMASKED_NAME_MESSAGE }), {
      header: '信访人',
      cell: 'text',
      required: true,
      sensitive: true,
    }),
    /** 信访人编号: internal id; counts people when masked names collide. */
    petitionerId: column(z.string().optional(), { header: '信访人编号', cell: 'text' }),
    /** 责任单位: street, town or department responsible. */
    unit: column(requiredText(), {
      header: '责任单位',
      aliases: ['所属街镇', '责任单位(街镇)'],
      cell: 'text',
      required: true,
    }),
    /** 问题类别: 征地拆迁, 劳动社保, 涉法涉诉 … */
    category: column(requiredText(), { header: '问题类别', cell: 'text', required: true }),
    /** 包案领导: the leader who took the case (named by title, as is normal practice). */
    leader: column(z.string().optional(), { header: '包案领导', cell: 'text' }),
    /** 登记日期: may lie in an earlier year, backlog cases are old. */
    registered: column(isoDate, {
      header: '登记日期',
      aliases: ['受理日期'],
      cell: 'date',
      required: true,
    }),
    /** 办结日期: required when resolved; not before 登记日期. */
    closed: column(isoDate.optional(), { header: '办结日期', aliases: ['化解日期'], cell: 'date' }),
    /** 化解状态 */
    status: column(oneOf(CASE_STATUSES), { header: '化解状态', cell: 'text', required: true }),
    /** 息诉罢访: 是/否; blank is 否. */
    settled: column(z.boolean().default(false), {
      header: '息诉罢访',
      aliases: ['签订息诉罢访协议', '是否息诉罢访'],
      cell: 'flag',
    }),
    /** 满意度; blank is 未评价. */
    satisfaction: column(oneOf(SATISFACTION_LEVELS).default('未评价'), {
      header: '满意度',
      cell: 'text',
    }),
    /** 备注: free text. */
    note: column(z.string().optional(), { header: '备注', cell: 'text' }),
  })
  .superRefine((record, ctx) => {
    if (record.status === '已化解' && record.closed === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['closed'],
        message: '化解状态为“已化解”时必须填写办结日期',
      });
    }
    if (record.closed !== undefined && record.closed < record.registered) {
      ctx.addIssue({
        code: 'custom',
        path: ['closed'],
        message: `办结日期 ${record.closed} 早于登记日期 ${record.registered}；办结日期不能早于登记日期`,
      });
    }
  });

export type CaseRecord = z.output<typeof caseRecordSchema>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
