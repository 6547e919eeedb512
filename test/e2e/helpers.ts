/** Shared pieces of the end-to-end tests: the built site, a server for it, and Chromium. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import type { StaticServer } from '../../scripts/lib/serve.ts';
import type { Report } from '../../src/lib/model/report-schema.ts';

export function siteDir(): string {
  return inject('siteDir');
}

/** Every file of the built site, relative, forward slashes. */
export function siteFiles(dir = siteDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlPages(dir = siteDir()): string[] {
  return siteFiles(dir).filter((f) => f.endsWith('.html'));
}

/** `2024/jiean-huajie/index.html` → `2024/jiean-huajie/` */
export function pagePath(file: string): string {
  return file.replace(/index\.html$/, '');
}

export function readReport(year: number, slug: string, dir = siteDir()): Report {
  return JSON.parse(readFileSync(join(dir, String(year), slug, 'report.json'), 'utf8')) as Report;
}

export interface Session {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(dir = siteDir(), base = '/'): Promise<Session> {
  const server = await serveSite(dir, base);
  const browser = await launchBrowser();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens a page and records console errors, page errors and failed requests. */
export async function visit(
  session: Session,
  path: string,
): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(session.server.url + path, { waitUntil: 'load' });
  return { page, problems };
}
