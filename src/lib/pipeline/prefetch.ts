/**
 * The build's data, started early. Astro spends its first seconds loading itself before the
 * content loader runs; a build starts loadSite() as soon as its configuration is final
 * (src/integrations/prefetch-data.ts), on a worker thread when the data is large, and the
 * loader then takes that result instead of starting over. Shared through globalThis, since Astro
 * loads the integration and the content loader as separate module instances.
 */
import { loadSite } from './site.ts';
import type { SiteModel, SiteOptions } from './site.ts';

const REGISTRY = Symbol.for('xinfang.prefetchedSites');

function registry(): Map<string, Promise<SiteModel>> {
  const shared = globalThis as { [REGISTRY]?: Map<string, Promise<SiteModel>> };
  return (shared[REGISTRY] ??= new Map());
}

/** Options are equal when they hold the same values, whatever order they were written in. */
function keyOf(options: SiteOptions): string {
  return JSON.stringify(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Starts loading the site; a later loadSiteOnce() with equal options takes the result. */
export function prefetchSite(options: SiteOptions): void {
  const loading = loadSite(options);
  // Its failure is reported by whoever takes it, as if loadSite() had been called there.
  loading.catch(() => undefined);
  registry().set(keyOf(options), loading);
}

/** The site prefetched with equal options (taken once), else a fresh loadSite(). */
export function loadSiteOnce(options: SiteOptions): Promise<SiteModel> {
  const sites = registry();
  const key = keyOf(options);
  const prefetched = sites.get(key);
  if (prefetched === undefined) return loadSite(options);
  sites.delete(key);
  return prefetched;
}
