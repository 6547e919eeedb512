/** CSV downloads: the two ledgers and every subtotal table (UTF-8 with BOM, opens in Excel). */
import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/csv-export.ts';
import { formatYuan } from '../../../lib/format.ts';
import type { CaseRow, PaymentRow } from '../../../lib/ledger.ts';
import { readLedgerRows } from '../../../lib/ledger.ts';
import type { ProjectYearModel } from '../../../lib/site.ts';
import { SUBTOTAL_KINDS, subtotalTable } from '../../../lib/report/subtotals.ts';
import type { SubtotalKind } from '../../../lib/report/subtotals.ts';
import { allProjectYears } from '../../../site/data.ts';

const TABLES = ['cases', 'payments', ...SUBTOTAL_KINDS.map((k) => `subtotal-${k}`)];

export async function getStaticPaths() {
  const all = await allProjectYears();
  return all.flatMap((py) =>
    TABLES.map((table) => ({
      params: { year: String(py.year), slug: py.slug, table },
      props: { py },
    })),
  );
}

async function* caseLines(py: ProjectYearModel) {
  for await (const r of readLedgerRows<CaseRow>(py.ledger.dir ?? '', 'cases', py.ledger.cases)) {
    yield [
      r[0],
      r[1],
      r[3],
      r[4],
      r[5],
      r[6],
      r[7],
      r[8],
      r[9] ? '是' : '否',
      r[10],
      formatYuan(r[11]),
      r[12],
    ];
  }
}

async function* paymentLines(py: ProjectYearModel) {
  for await (const r of readLedgerRows<PaymentRow>(
    py.ledger.dir ?? '',
    'payments',
    py.ledger.payments,
  )) {
    yield [r[0], r[1], r[2], r[3], r[4], formatYuan(r[5]), r[6], r[7]];
  }
}

async function collect(lines: AsyncGenerator<string[]>): Promise<string[][]> {
  const out: string[][] = [];
  for await (const line of lines) out.push(line);
  return out;
}

export const GET: APIRoute<{ py: ProjectYearModel }> = async ({ params, props }) => {
  const { py } = props;
  let csv: string;
  if (params.table === 'cases') {
    csv = toCsv(
      [
        '案件编号',
        '信访人',
        '责任单位',
        '问题类别',
        '包案领导',
        '登记日期',
        '办结日期',
        '化解状态',
        '息诉罢访',
        '满意度',
        '拨付金额(元)',
        '备注',
      ],
      await collect(caseLines(py)),
    );
  } else if (params.table === 'payments') {
    csv = toCsv(
      ['拨付编号', '拨付日期', '案件编号', '责任单位', '资金来源', '金额(元)', '用途', '审批文号'],
      await collect(paymentLines(py)),
    );
  } else {
    const table = subtotalTable(
      String(params.table).replace('subtotal-', '') as SubtotalKind,
      py.breakdowns,
    );
    csv = toCsv(table.columns, [...table.rows, table.total]);
  }
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
