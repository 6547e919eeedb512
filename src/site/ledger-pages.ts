/** Static paths of the paginated ledgers, and reading a page's rows. */
import type { LedgerIndex, LedgerPageRows, LedgerPart } from '../lib/ledger/ledger.ts';
import { readLedgerPage } from '../lib/ledger/ledger.ts';
import { CASE_COLUMNS, columnsNamed, PAYMENT_COLUMNS } from '../lib/ledger/columns.ts';
import type { LedgerHead } from '../lib/ledger/html.ts';
import { ledgerHeads } from '../lib/ledger/html.ts';
import type { ProjectYearModel } from '../lib/pipeline/project-year.ts';
import { allProjectYears } from './data.ts';

/** `page` param: undefined for the first page, `'2'` … after it. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

export async function ledgerPaths(
  pick: (
    ledger: LedgerIndex,
  ) => { part: string; info: LedgerPart; extra?: Record<string, string> }[],
) {
  const all = await allProjectYears();
  return all.flatMap((py) =>
    pick(py.ledger)
      // A project-year without cases.csv has no case ledger pages.
      .filter(({ part }) => !(py.report.noCaseLedger && part === 'cases'))
      .flatMap(({ part, info, extra }) =>
        Array.from({ length: info.pages }, (_, i) => ({
          params: { year: String(py.year), slug: py.slug, page: pageParam(i + 1), ...extra },
          props: { py, part, page: i + 1, pages: info.pages, rows: info.rows },
        })),
      ),
  );
}

/** The rows of one page of a ledger part (`cases`, `payments`, `units/u3`), ready to show. */
export async function ledgerPage(
  py: ProjectYearModel,
  part: string,
  page: number,
): Promise<LedgerPageRows> {
  const { ledger } = py;
  const info =
    part === 'cases'
      ? ledger.cases
      : part === 'payments'
        ? ledger.payments
        : ledger.units.find((u) => `units/${u.id}` === part);
  if (info === undefined) throw new Error(`没有这一部分台账：${part}`);
  return readLedgerPage(ledger, info, part, page);
}

/** The heads of a project-year's case ledger: the columns its ledger pages were written with. */
export function caseHeads(py: ProjectYearModel): LedgerHead[] {
  return ledgerHeads(columnsNamed(CASE_COLUMNS, py.ledger.columns.cases));
}

/** The heads of a project-year's payment ledger, likewise. */
export function paymentHeads(py: ProjectYearModel): LedgerHead[] {
  return ledgerHeads(columnsNamed(PAYMENT_COLUMNS, py.ledger.columns.payments));
}
