/**
 * The site's integrations, in the one order they work in. Astro runs each hook of every
 * integration in the order of this list, and the build's guarantees rest on it:
 *
 * 1. settings — the checked settings, given to the pages and the content loaders as the module
 *    `virtual:xinfang/settings` (content.config.ts), so that nothing past astro.config.mjs reads
 *    the environment;
 * 2. mdx — the narrative;
 * 3. prefetch — the data read while Astro loads itself (after the configuration is final);
 * 4. ledger pages — every ledger page written from the shell Astro rendered of its part, and
 *    the ledgers' CSV downloads copied, before anything below reads the output;
 * 5. readable HTML — every page rewritten one block per line and every text file scanned, in one
 *    pass over the output;
 * 6. Word — report.docx and annex.docx made from the finished report pages;
 * 7. dev guard — `npm run dev` serves the site only, no data, narrative source or code;
 * 8. publishing — last, so that its output scan sees the final files and nothing is written
 *    after the checked site has been moved into place; it takes the pass's findings for the
 *    files unchanged since and scans the rest (the Word documents).
 *
 * test/unit/integrations/xinfang.test.ts fails when publishing is not last.
 */
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../lib/base/settings.ts';
import { devGuardIntegration } from './dev-guard.ts';
import { docxExportIntegration } from './docx-export.ts';
import { ledgerPagesIntegration } from './ledger-pages.ts';
import { prefetchDataIntegration } from './prefetch-data.ts';
import { publishIntegration } from './publish.ts';
import { readableHtmlIntegration } from './readable-html.ts';
import type { OutputPassResult } from './readable-html.ts';
import { virtualModule } from './virtual-module.ts';

/** The module the site's own code imports the settings from (typed in src/env.d.ts). */
export const SETTINGS_MODULE = 'virtual:xinfang/settings';

/** Provides SETTINGS_MODULE: the settings as a default export. */
export function settingsIntegration(settings: Settings): AstroIntegration {
  return {
    name: 'xinfang-settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: { plugins: [virtualModule('xinfang-settings', SETTINGS_MODULE, settings)] },
        });
      },
    },
  };
}

/** Every integration of the site, publishing last; astro.config.mjs uses nothing else. */
export function xinfang(settings: Settings): AstroIntegration[] {
  const pass: OutputPassResult = {};
  return [
    settingsIntegration(settings),
    mdx(),
    prefetchDataIntegration(settings),
    ledgerPagesIntegration(),
    readableHtmlIntegration(pass),
    docxExportIntegration(),
    devGuardIntegration(settings),
    publishIntegration(settings, pass),
  ];
}
