/**
 * CSV downloads: every subtotal table, and in dev the two ledgers (UTF-8 with BOM, opens in
 * Excel). The ledgers were written whole beside their pages by the loader
 * (src/lib/ledger/ledger.ts); a build copies them into the site itself (its ledger plan,
 * src/site/ledger-pages.ts), so a download of 200,000 payments never passes through Astro.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/ledger/csv-export.ts';
import { ledgerCsvFile } from '../../../lib/ledger/ledger.ts';
import type { ProjectYearModel } from '../../../lib/pipeline/project-year.ts';
import { subtotalKindsOf, subtotalTable } from '../../../lib/report/subtotals.ts';
import type { SubtotalKind } from '../../../lib/report/subtotals.ts';
import { allProjectYears } from '../../../site/data.ts';
import { SERVE_LEDGER_CSV } from '../../../site/ledger-pages.ts';

/**
 * The downloads of a project-year: no case ledger, no cases.csv nor case subtotals; the ledgers'
 * only in dev.
 */
function tablesOf(py: ProjectYearModel): string[] {
  return [
    ...(!SERVE_LEDGER_CSV ? [] : py.report.noCaseLedger ? ['payments'] : ['cases', 'payments']),
    ...subtotalKindsOf(py.report).map((k) => `subtotal-${k}`),
  ];
}

export async function getStaticPaths() {
  const all = await allProjectYears();
  return all.flatMap((py) =>
    tablesOf(py).map((table) => ({
      params: { year: String(py.year), slug: py.slug, table },
      props: { py },
    })),
  );
}

const HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };

export const GET: APIRoute<{ py: ProjectYearModel }> = async ({ params, props }) => {
  const { py } = props;
  if (params.table === 'cases' || params.table === 'payments') {
    return new Response(await readFile(ledgerCsvFile(py.ledger, params.table)), {
      headers: HEADERS,
    });
  }
  const table = subtotalTable(
    String(params.table).replace('subtotal-', '') as SubtotalKind,
    py.breakdowns,
  );
  return new Response(toCsv(table.columns, [...table.rows, table.total]), { headers: HEADERS });
};
