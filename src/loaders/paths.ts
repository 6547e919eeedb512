/**
 * Where the data, the narrative and the ledger pages live: the project's folders, unless the
 * settings (src/lib/base/settings.ts) point the site at others (tests, benchmarks).
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Settings } from '../lib/base/settings.ts';
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

export function dataPaths(config: { root: URL; cacheDir: URL }, settings: Settings): DataPaths {
  const root = fileURLToPath(config.root);
  const dataDir = relativeDir(root, settings.dataDir ?? 'data');
  const contentDir = relativeDir(root, settings.contentDir ?? 'content');
  return {
    root,
    dataDir,
    contentDir,
    dataAbs: join(root, dataDir),
    contentAbs: join(root, contentDir),
    ledgerAbs: settings.ledgerDir ?? join(fileURLToPath(config.cacheDir), 'ledgers'),
  };
}

/** What the content loader passes to loadSite() in this configuration. */
export function loaderSiteOptions(
  config: { root: URL; cacheDir: URL },
  settings: Settings,
): SiteOptions {
  const paths = dataPaths(config, settings);
  return {
    root: paths.root,
    dataDir: paths.dataDir,
    contentDir: paths.contentDir,
    ledgerDir: paths.ledgerAbs,
    ...(settings.pageSize === undefined ? {} : { pageSize: settings.pageSize }),
    ...(settings.strictFigures ? { strictFigures: true } : {}),
  };
}
