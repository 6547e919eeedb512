import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRoot } from '../support/folders.ts';
import { denyRules, refusedInDev } from '../../../src/integrations/dev-guard.ts';

/** This project: its files are what the rules are about. */
const ROOT = resolve('.');

describe('refusedInDev(url, root, contentAbs): what a browser may fetch from the dev server', () => {
  it.each([
    ['/data/2024/jiean-huajie/cases.csv'],
    ['/data/2024/jiean-huajie/cases.csv?raw'],
    ['/content/2024/jiean-huajie/project.yaml'],
    ['/content/2024/jiean-huajie/01-jiben.mdx?import'],
    ['/package.json'],
    ['/README.md'],
    ['/astro.config.mjs'],
    ['/src/lib/privacy/privacy.ts'],
    ['/src/pages/index.astro'],
    ['/src/layouts/BaseLayout.astro'],
    ['/src/layouts/BaseLayout.astro?astro&type=template'],
    ['/src/scripts/../lib/privacy/privacy.ts'],
    ['/src/scripts/%2e%2e/lib/privacy/privacy.ts'],
    ['/src/scripts/%2E%2E%2Flib/privacy/privacy.ts'],
    ['/src/lib/%00'],
    ['/%E0%A4%A'],
    [`/@fs${ROOT}/data/2024/jiean-huajie/cases.csv`],
    [`/@fs${ROOT}/package.json?raw`],
    [`/@id/${ROOT}/src/lib/privacy/privacy.ts`],
    ['/scripts/build.ts'],
  ])('%s is refused', (url) => {
    expect(refusedInDev(url, ROOT)).toBe(true);
  });

  it.each([
    ['/', 'a page route names no file'],
    ['/2024/jiean-huajie/', 'a page route'],
    ['/src/scripts/search.ts', 'a client script'],
    ['/src/styles/site.css', 'a style sheet'],
    ['/src/layouts/BaseLayout.astro?astro&type=script&index=0&lang.ts', 'a layout’s script'],
    ['/src/lib/search/search-key.ts', 'the one library module the client imports'],
    ['/node_modules/astro/package.json', 'a dependency (Vite decides)'],
    ['/@vite/client', 'Vite’s own'],
    ['/@id/astro:scripts/page.js', 'a virtual module'],
    ['/@fs/etc/passwd', 'outside the project: Vite’s strict fs decides'],
    ['/src', 'a folder'],
  ])('%s passes (%s)', (url) => {
    expect(refusedInDev(url, ROOT)).toBe(false);
  });
});

describe('refusedInDev in a project of its own', () => {
  it('refuses Astro’s cache in node_modules (the data store), serves a narrative’s raster image', async () => {
    const root = await tempRoot({
      'node_modules/.astro/data-store.json': '{}',
      'node_modules/chart.js/package.json': '{}',
      'content/2024/demo/photo.png': 'png',
      'content/2024/demo/photo.svg': '<svg/>',
    });
    expect(refusedInDev('/node_modules/.astro/data-store.json', root)).toBe(true);
    expect(refusedInDev('/node_modules/chart.js/package.json', root)).toBe(false);
    expect(refusedInDev('/content/2024/demo/photo.png', root)).toBe(false);
    expect(refusedInDev('/content/2024/demo/photo.svg', root)).toBe(true);
  });
});

describe('denyRules(dataAbs)', () => {
  it('keeps Vite’s defaults and adds the data folder wherever it is', () => {
    const rules = denyRules('/srv/xinfang/data');
    expect(rules).toEqual(expect.arrayContaining(['.env', '**/.git/**', '/srv/xinfang/data/**']));
  });
});
