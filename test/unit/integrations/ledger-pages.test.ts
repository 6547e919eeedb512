/**
 * ledgerPagesIntegration(): tells the pages whether to render shells (a build) or every page
 * (the dev server), routes the ledger plan in builds only, and once Astro is done writes the
 * pages from the shells and removes the plan before anything else reads the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  LEDGER_PLAN_FILE,
  LEDGER_SHELLS_MODULE,
  ledgerPagesIntegration,
} from '../../../src/integrations/ledger-pages.ts';
import type { VirtualModulePlugin } from '../../../src/integrations/virtual-module.ts';
import { writeLedgers } from '../../../src/lib/ledger/ledger.ts';
import type { LedgerPlan } from '../../../src/lib/ledger/shell.ts';
import { SHELL_TEXT } from '../../../src/lib/ledger/shell.ts';
import { caseLinks } from '../../../src/lib/model/links.ts';
import { kase } from '../support/records.ts';
import { tempRoot } from '../support/folders.ts';

async function setup(command: 'build' | 'dev') {
  const routes: { pattern: string; entrypoint: URL | string }[] = [];
  const plugins: VirtualModulePlugin[] = [];
  const hook = ledgerPagesIntegration().hooks['astro:config:setup'];
  await hook?.({
    command,
    injectRoute: (r: (typeof routes)[number]) => routes.push(r),
    updateConfig: (u: { vite: { plugins: VirtualModulePlugin[] } }) =>
      plugins.push(...u.vite.plugins),
  } as never);
  const plugin = plugins[0] as VirtualModulePlugin;
  return { routes, served: plugin.load(plugin.resolveId(LEDGER_SHELLS_MODULE) ?? '') };
}

describe('ledgerPagesIntegration() at astro:config:setup', () => {
  it('has a build render shells and route its ledger plan', async () => {
    const { routes, served } = await setup('build');
    expect(served).toBe('export default true;');
    expect(routes.map((r) => r.pattern)).toEqual([`/${LEDGER_PLAN_FILE}`]);
    const entry = routes[0]?.entrypoint as URL;
    expect(existsSync(fileURLToPath(entry))).toBe(true);
  });

  it('has the dev server render every page, with no plan', async () => {
    const { routes, served } = await setup('dev');
    expect(served).toBe('export default false;');
    expect(routes).toEqual([]);
  });
});

describe('ledgerPagesIntegration() at astro:build:done', () => {
  const done = ledgerPagesIntegration().hooks['astro:build:done'];
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m) };

  it('writes the pages from the shells, copies the downloads and removes the plan', async () => {
    const root = await tempRoot({});
    const cases = [kase({ caseId: 'A1' }), kase({ caseId: 'A2' }), kase({ caseId: 'A3' })];
    const index = await writeLedgers(join(root, 'l'), cases, [], caseLinks(cases, []), 2);
    const out = join(root, 'dist');
    const plan: LedgerPlan = {
      parts: [
        {
          path: '2024/p/cases/',
          href: '/2024/p/cases/',
          dir: join(root, 'l'),
          part: 'cases',
          pageSize: 2,
          rows: 3,
          pages: index.cases.pages,
          pageTotals: index.cases.pageTotals ?? [],
        },
      ],
      downloads: [{ from: join(root, 'l', 'cases.csv'), path: '2024/p/cases.csv' }],
    };
    await mkdir(join(out, '2024/p/cases'), { recursive: true });
    await writeFile(join(out, LEDGER_PLAN_FILE), JSON.stringify(plan));
    const t = SHELL_TEXT;
    await writeFile(
      join(out, '2024/p/cases/index.html'),
      `<title>${t.page}</title>${t.pager}<tbody>${t.rows}</tbody>${t.count} ${t.total}`,
    );
    await done?.({ dir: pathToFileURL(`${out}/`), logger } as never);
    expect(existsSync(join(out, LEDGER_PLAN_FILE))).toBe(false);
    expect(readFileSync(join(out, '2024/p/cases/2/index.html'), 'utf8')).toMatch(
      /^<title>2<\/title><nav class="pager"[^]*<tr id="c-A3">[^]*<\/tbody>1 0\.00$/,
    );
    expect(readFileSync(join(out, '2024/p/cases.csv'))).toEqual(
      readFileSync(join(root, 'l', 'cases.csv')),
    );
    expect(logged.at(-1)).toMatch(/^台账页：1 个台账的 2 页和 1 个 CSV 下载文件（\d+\.\d 秒）$/);
  });

  it('fails on a plan that is not one (a part outside the output folder)', async () => {
    const out = await tempRoot({});
    const plan = { parts: [{ path: '../x/' }], downloads: [] };
    await writeFile(join(out, LEDGER_PLAN_FILE), JSON.stringify(plan));
    await expect(done?.({ dir: pathToFileURL(`${out}/`), logger } as never)).rejects.toThrow();
  });
});
