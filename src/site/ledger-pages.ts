/** Static paths of the paginated ledgers, and reading a page's rows. */
import type { LedgerIndex, LedgerPart } from '../lib/ledger.ts';
import { readLedgerPage } from '../lib/ledger.ts';
import type { ProjectYearModel } from '../lib/site.ts';
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
    pick(py.ledger).flatMap(({ part, info, extra }) =>
      Array.from({ length: info.pages }, (_, i) => ({
        params: { year: String(py.year), slug: py.slug, page: pageParam(i + 1), ...extra },
        props: { py, part, page: i + 1, pages: info.pages, rows: info.rows },
      })),
    ),
  );
}

export async function ledgerRows<Row>(
  py: ProjectYearModel,
  part: string,
  page: number,
): Promise<Row[]> {
  if (py.ledger.dir === undefined) throw new Error('台账分页文件尚未生成');
  return readLedgerPage<Row>(py.ledger.dir, part, page);
}
