/**
 * Where the data, the narrative and the ledger pages live. The build command may point the
 * site at other folders (tests, benchmarks) through environment variables.
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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
