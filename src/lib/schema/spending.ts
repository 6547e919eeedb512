/** spending.csv — 资金拨付明细, one row per payment. */
import * as z from 'zod';
import { column, fen, isoDate, requiredText } from '../read/columns.ts';

export const paymentRecordSchema = z.object({
  /** Line in spending.csv where the row starts. */
  line: z.int(),
  /** 拨付编号: unique within the project-year. */
  paymentId: column(requiredText(), {
    header: '拨付编号',
    aliases: ['凭证号'],
    cell: 'text',
    required: true,
  }),
  /** 拨付日期: inside the report year. */
  date: column(isoDate, { header: '拨付日期', cell: 'date', required: true }),
  /** 案件编号: when given, must exist in cases.csv. */
  caseId: column(z.string().optional(), { header: '案件编号', cell: 'text' }),
  /** 资金来源: one of the budget lines. */
  source: column(requiredText(), { header: '资金来源', cell: 'text', required: true }),
  /** 金额 in 分; negative is a correction (冲减). */
  amount: column(fen, { header: '金额', cell: 'money', required: true }),
  /** 用途: 困难救助, 补偿安置 … */
  purpose: column(z.string().optional(), { header: '用途', cell: 'text' }),
  /** 审批文号: the minute or 呈批单 that approved it. */
  approval: column(z.string().optional(), { header: '审批文号', cell: 'text' }),
});

export type PaymentRecord = z.output<typeof paymentRecordSchema>;
