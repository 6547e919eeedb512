/**
 * Where the data, the narrative and the ledger pages live. The build command may point the
 * site at other folders (tests, benchmarks) through environment variables.
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteOptions } from '../lib/pipeline/site.ts';

export interface DataPaths {
  root: string;
  /** Relative to root, forward slashes: shown in messages. */
  dataDir: string;
  contentDir: string;
  dataAbs: string;
  contentAbs: string;
  /** Ledger pages written by the loader, read by the ledger pages. */
  ledgerAbs: string;
}

function relativeDir(root: string, dir: string): string {
  const rel = isAbsolute(dir) ? relative(root, dir) : dir;
  return rel.split('\\').join('/').replace(/\/$/, '') || '.';
}

export function dataPaths(config: { root: URL; cacheDir: URL }): DataPaths {
  const root = fileURLToPath(config.root);
  const dataDir = relativeDir(root, process.env['XF_DATA_DIR'] ?? 'data');
  const contentDir = relativeDir(root, process.env['XF_CONTENT_DIR'] ?? 'content');
  return {
    root,
    dataDir,
    contentDir,
    dataAbs: join(root, dataDir),
    contentAbs: join(root, contentDir),
    ledgerAbs: process.env['XF_LEDGER_DIR'] ?? join(fileURLToPath(config.cacheDir), 'ledgers'),
  };
}

/**
 * Rows per ledger page: XF_PAGE_SIZE when set (1 … 100000), else the default of the ledger
 * module. A smaller page shows a long ledger over more pages (tests use it to get several).
 */
export function ledgerPageSize(value = process.env['XF_PAGE_SIZE']): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new Error('环境变量 XF_PAGE_SIZE（台账每页行数）应为 1 到 100000 之间的整数，如 1000');
  return n;
}

/** What the content loader passes to loadSite() in this configuration. */
export function loaderSiteOptions(config: { root: URL; cacheDir: URL }): SiteOptions {
  const paths = dataPaths(config);
  const pageSize = ledgerPageSize();
  return {
    root: paths.root,
    dataDir: paths.dataDir,
    contentDir: paths.contentDir,
    ledgerDir: paths.ledgerAbs,
    ...(pageSize === undefined ? {} : { pageSize }),
  };
}
