/**
 * Starts reading the data as soon as a build's configuration is final, while Astro is still
 * loading itself: a large project-year is read on a worker thread (src/lib/pipeline/site.ts),
 * so the two overlap on two cores, and the content loader (src/loaders/site-loader.ts) takes
 * the result (src/lib/pipeline/prefetch.ts). Only for `astro build`; the dev server loads as
 * it always did.
 */
import type { AstroIntegration } from 'astro';
import type { Settings } from '../lib/base/settings.ts';
import { loaderSiteOptions } from '../loaders/paths.ts';
import { prefetchSite } from '../lib/pipeline/prefetch.ts';

export function prefetchDataIntegration(settings: Settings): AstroIntegration {
  let building = false;
  return {
    name: 'xinfang-prefetch-data',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        prefetchSite(loaderSiteOptions(config, settings));
      },
    },
  };
}
