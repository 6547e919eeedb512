/**
 * Static paths of the paginated ledgers, and what a page shows. A build renders each ledger
 * part once, as a shell (src/lib/ledger/shell.ts), and lists in its ledger plan what the build
 * writes from it (src/integrations/ledger-pages.ts); the dev server renders every page.
 */
import type { LedgerIndex, LedgerPart } from '../lib/ledger/ledger.ts';
import { ledgerCsvFile, readLedgerPage } from '../lib/ledger/ledger.ts';
import type { LedgerPageText, LedgerPlan } from '../lib/ledger/shell.ts';
import { pageText, SHELL_TEXT } from '../lib/ledger/shell.ts';
import { CASE_COLUMNS, columnsNamed, PAYMENT_COLUMNS } from '../lib/ledger/columns.ts';
import type { LedgerHead } from '../lib/ledger/html.ts';
import { ledgerHeads } from '../lib/ledger/html.ts';
import type { ProjectYearModel } from '../lib/pipeline/project-year.ts';
import { allProjectYears } from './data.ts';
import { reportHref } from './urls.ts';
// A build renders shells, the dev server every page: it shows a page as soon as its data is
// read, with no build step after it to write the pages from a shell.
import SHELLS from 'virtual:xinfang/ledger-shells';

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
        Array.from({ length: SHELLS ? 1 : info.pages }, (_, i) => ({
          params: { year: String(py.year), slug: py.slug, page: pageParam(i + 1), ...extra },
          props: { py, part, page: i + 1, pages: info.pages, rows: info.rows, shell: SHELLS },
        })),
      ),
  );
}

function partOf(ledger: LedgerIndex, part: string): LedgerPart {
  const info =
    part === 'cases'
      ? ledger.cases
      : part === 'payments'
        ? ledger.payments
        : ledger.units.find((u) => `units/${u.id}` === part);
  if (info === undefined) throw new Error(`没有这一部分台账：${part}`);
  return info;
}

/** Link of a ledger part's first page: `/2024/jiean-huajie/units/u3/`. */
export function partHref(py: ProjectYearModel, part: string): string {
  return reportHref(py.year, py.slug, `${part}/`);
}

/**
 * What page `page` of a ledger part (`cases`, `payments`, `units/u3`) shows; a shell's tokens
 * when the page is rendered as the part's shell.
 */
export async function ledgerPageText(
  py: ProjectYearModel,
  part: string,
  page: number,
  shell: boolean,
): Promise<LedgerPageText> {
  if (shell) return SHELL_TEXT;
  const info = partOf(py.ledger, part);
  const rows = await readLedgerPage(py.ledger, info, part, page);
  return pageText(page, info.pages, partHref(py, part), rows.count, rows.totalFen, rows.html);
}

/** The parts of a project-year's ledger that have pages: no case ledger, no case pages. */
function partsOf(py: ProjectYearModel): string[] {
  return [
    ...(py.report.noCaseLedger ? [] : ['cases']),
    'payments',
    ...py.ledger.units.map((u) => `units/${u.id}`),
  ];
}

/** What a build writes beside Astro's renderer: every ledger page, and the ledgers' CSV. */
export async function ledgerPlan(): Promise<LedgerPlan> {
  const plan: LedgerPlan = { parts: [], downloads: [] };
  for (const py of await allProjectYears()) {
    const { ledger } = py;
    if (ledger.dir === undefined) throw new Error('台账分页文件尚未生成');
    for (const part of partsOf(py)) {
      const info = partOf(ledger, part);
      plan.parts.push({
        path: `${py.year}/${py.slug}/${part}/`,
        href: partHref(py, part),
        dir: ledger.dir,
        part,
        pageSize: ledger.pageSize,
        rows: info.rows,
        pages: info.pages,
        pageTotals: info.pageTotals ?? [],
      });
    }
    for (const which of py.report.noCaseLedger ? ['payments' as const] : LEDGER_DOWNLOADS)
      plan.downloads.push({
        from: ledgerCsvFile(ledger, which),
        path: `${py.year}/${py.slug}/${which}.csv`,
      });
  }
  return plan;
}

/** The ledgers' CSV downloads, copied by a build (ledgerPlan), served by the dev server. */
export const LEDGER_DOWNLOADS = ['cases', 'payments'] as const;

/** Whether the CSV endpoint serves the ledgers' downloads: in dev; a build copies them. */
export const SERVE_LEDGER_CSV = !SHELLS;

/** The heads of a project-year's case ledger: the columns its ledger pages were written with. */
export function caseHeads(py: ProjectYearModel): LedgerHead[] {
  return ledgerHeads(columnsNamed(CASE_COLUMNS, py.ledger.columns.cases));
}

/** The heads of a project-year's payment ledger, likewise. */
export function paymentHeads(py: ProjectYearModel): LedgerHead[] {
  return ledgerHeads(columnsNamed(PAYMENT_COLUMNS, py.ledger.columns.payments));
}
