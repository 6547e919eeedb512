/**
 * xinfang(settings): the site's integrations in their one order, publishing last, and the one
 * list astro.config.mjs uses; settingsIntegration() hands the settings to the site's code.
 */
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import {
  SETTINGS_MODULE,
  settingsIntegration,
  xinfang,
} from '../../../src/integrations/xinfang.ts';
import type { Settings } from '../../../src/lib/base/settings.ts';

const settings: Settings = { base: '/x/', strictFigures: true, pageSize: 10, dataDir: '/d' };

/** Integration names in the order Astro runs them: its config schema flattens nested lists. */
function namesOf(list: unknown): string[] {
  return ([list].flat(Infinity) as (AstroIntegration | false | null | undefined)[])
    .filter((i): i is AstroIntegration => Boolean(i))
    .map((i) => i.name);
}

describe('xinfang(settings)', () => {
  it('runs publishing last, after the ledger pages, the readable pass and the Word export', () => {
    expect(namesOf(xinfang(settings))).toEqual([
      'xinfang-settings',
      '@astrojs/mdx',
      'xinfang-prefetch-data',
      'xinfang-ledger-pages',
      'xinfang-readable-html',
      'xinfang-docx-export',
      'xinfang-dev-guard',
      'xinfang-publish',
    ]);
  });

  it('is the whole of astro.config.mjs’s integrations, so publishing is last there too', () => {
    const names = namesOf(config.integrations);
    expect(names).toEqual(namesOf(xinfang(settings)));
    expect(names.at(-1)).toBe('xinfang-publish');
  });
});

describe('settingsIntegration(settings)', () => {
  it(`serves the settings as ${SETTINGS_MODULE}, and nothing else`, async () => {
    const updates: { vite?: { plugins?: unknown[] } }[] = [];
    const setup = settingsIntegration(settings).hooks['astro:config:setup'];
    await setup?.({ updateConfig: (u: never) => updates.push(u) } as never);
    const plugin = updates[0]?.vite?.plugins?.[0] as {
      resolveId: (id: string) => string | undefined;
      load: (id: string) => string | undefined;
    };
    const id = plugin.resolveId(SETTINGS_MODULE);
    expect(id).toBe(`\0${SETTINGS_MODULE}`);
    expect(plugin.resolveId('virtual:other')).toBeUndefined();
    expect(plugin.load(id ?? '')).toBe(`export default ${JSON.stringify(settings)};`);
    expect(plugin.load('/src/pages/index.astro')).toBeUndefined();
  });
});
