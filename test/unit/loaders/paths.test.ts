import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataPaths, loaderSiteOptions } from '../../../src/loaders/paths.ts';

const config = { root: pathToFileURL('/site/'), cacheDir: pathToFileURL('/site/.cache/') };

describe('dataPaths(config, settings)', () => {
  it('uses the project folders when the settings name none', () => {
    expect(dataPaths(config, { base: '/', strictFigures: false })).toEqual({
      root: '/site/',
      dataDir: 'data',
      contentDir: 'content',
      dataAbs: '/site/data',
      contentAbs: '/site/content',
      ledgerAbs: '/site/.cache/ledgers',
    });
  });

  it('shows folders relative to the project, and keeps the ledger folder as given', () => {
    const paths = dataPaths(config, {
      base: '/',
      strictFigures: false,
      dataDir: '/site/test/data/',
      contentDir: '/elsewhere/content',
      ledgerDir: '/tmp/ledgers',
    });
    expect([paths.dataDir, paths.contentDir, paths.ledgerAbs]).toEqual([
      'test/data',
      '../elsewhere/content',
      '/tmp/ledgers',
    ]);
  });
});

describe('loaderSiteOptions(config, settings)', () => {
  it('passes the page size and strict figures on to loadSite()', () => {
    expect(
      loaderSiteOptions(config, { base: '/', strictFigures: true, pageSize: 100 }),
    ).toMatchObject({ pageSize: 100, strictFigures: true, dataDir: 'data' });
    expect(loaderSiteOptions(config, { base: '/', strictFigures: false })).not.toHaveProperty(
      'strictFigures',
    );
  });
});
