/**
 * Ledger pages and downloads written beside Astro's renderer. A build has Astro render each
 * ledger part once as a shell (src/site/ledger-pages.ts) and its plan as a file (routed here,
 * builds only); once Astro is done, every page of every part is written from its shell and the
 * ledgers' CSV downloads are copied (src/lib/ledger/shell.ts), before the pages are made
 * readable, exported to Word, scanned and published, which see them as any other page.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ledgerPlanSchema, writeLedgerPlan } from '../lib/ledger/shell.ts';
import { virtualModule } from './virtual-module.ts';

/**
 * The module telling the ledger pages whether to render shells (src/site/ledger-pages.ts):
 * `true` in a build, `false` in the dev server, which renders every page.
 */
export const LEDGER_SHELLS_MODULE = 'virtual:xinfang/ledger-shells';

/** Where the plan is routed: in no published site, removed before anything reads the output. */
export const LEDGER_PLAN_FILE = '_xf-ledger-plan.json';

export function ledgerPagesIntegration(): AstroIntegration {
  return {
    name: 'xinfang-ledger-pages',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        const building = command === 'build';
        updateConfig({
          vite: {
            plugins: [virtualModule('xinfang-ledger-shells', LEDGER_SHELLS_MODULE, building)],
          },
        });
        if (!building) return;
        injectRoute({
          pattern: `/${LEDGER_PLAN_FILE}`,
          entrypoint: new URL('./ledger-plan-route.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const file = join(out, LEDGER_PLAN_FILE);
        const plan = ledgerPlanSchema.parse(JSON.parse(await readFile(file, 'utf8')));
        await rm(file);
        const pages = await writeLedgerPlan(out, plan);
        logger.info(
          `台账页：${plan.parts.length} 个台账的 ${pages} 页和 ${plan.downloads.length} 个 CSV 下载文件（${((performance.now() - started) / 1000).toFixed(1)} 秒）`,
        );
      },
    },
  };
}
