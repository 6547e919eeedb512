/**
 * Nothing runs that should not. Every page of the sample site carries a Content-Security-Policy
 * that allows only the site's own resources, and no page, stylesheet or script refers to another
 * host. A data set whose cells hold HTML and <script> is built and opened in Chromium: the cells
 * show as text, nothing executes, and the CSV download holds the text as written.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCaseRoot, PROJECT_DIR } from '../corpus/corpus.ts';
import type { Session } from './helpers.ts';
import { htmlPages, openSite, runBuild, siteDir, siteFiles, visit } from './helpers.ts';

/** What a hostile cell might hold: a script, an image whose error handler runs, a broken tag. */
const PAYLOAD = `<script>window.__x=1</script><img src=x onerror="window.__y=1;alert(1)">"'&<b>粗体</b>`;

const csp = (html: string): string | undefined =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];

describe('the Content-Security-Policy of the sample site', () => {
  it('is on every page and allows only the site itself', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const policy = csp(readFileSync(join(siteDir(), file), 'utf8'));
      expect(policy, file).toBeDefined();
      const directives = new Map(
        (policy ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...sources]) => [name as string, sources]),
      );
      expect(directives.get('default-src'), file).toEqual(["'self'"]);
      expect(directives.get('object-src'), file).toEqual(["'none'"]);
      expect(directives.get('base-uri'), file).toEqual(["'self'"]);
      for (const [name, sources] of directives) {
        for (const source of sources) {
          // 'self', 'none', hashes of the site's own inline scripts and styles, data: images.
          const allowed =
            source === "'self'" ||
            source === "'none'" ||
            /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) ||
            (name === 'img-src' && source === 'data:');
          expect(allowed, `${file}: ${name} ${source}`).toBe(true);
        }
      }
    }
  });
});

describe('references in the output', () => {
  it('point to no other host: every href, src, srcset, action and url() is the site’s own', () => {
    const external: string[] = [];
    const files = siteFiles().filter((f) => /\.(html|css)$/.test(f));
    expect(files.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(0);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(join(siteDir(), file), 'utf8');
      const refs = [
        ...text.matchAll(/\s(?:href|src|action|poster|data|formaction)="([^"]*)"/g),
        ...text.matchAll(/\ssrcset="([^"]*)"/g),
        ...text.matchAll(/url\(\s*["']?([^"')]+)/g),
        ...text.matchAll(/@import\s+["']([^"']+)/g),
      ].map((m) => m[1] ?? '');
      for (const ref of refs) {
        if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !ref.startsWith('data:')) {
          external.push(`${file}: ${ref}`);
        }
      }
    }
    expect(external).toEqual([]);
  });

  it('and scripts load nothing from a URL of their own: every script a page loads or holds', () => {
    const files = siteFiles().filter((f) => f.endsWith('.js'));
    // The search box's loader and its lazily loaded search (src/scripts/) ship as files.
    expect(files.length).toBeGreaterThan(0);
    const scripts = files.map((file) => ({
      file,
      js: readFileSync(join(siteDir(), file), 'utf8'),
    }));
    // Every script a page names is one of those files; a script written inline is checked too.
    const named = new Set<string>();
    for (const page of htmlPages()) {
      const html = readFileSync(join(siteDir(), page), 'utf8');
      for (const [, attributes = '', body = ''] of html.matchAll(
        /<script\b([^>]*)>([^]*?)<\/script>/g,
      )) {
        const src = /\ssrc="\/([^"]+)"/.exec(attributes)?.[1];
        if (src) named.add(src);
        if (body.trim()) scripts.push({ file: `${page} (inline)`, js: body });
      }
    }
    expect(named.size).toBeGreaterThan(0);
    for (const src of named) expect(files).toContain(src);
    for (const { file, js } of scripts) {
      expect(js, file).not.toMatch(/\bimport\(\s*["'](?:https?:)?\/\//);
      expect(js, file).not.toMatch(/\bfrom\s*["'](?:https?:)?\/\//);
      expect(js, file).not.toMatch(/fetch\(\s*["']https?:/);
    }
  });
});

describe('cells holding HTML and <script>, built and opened in Chromium', () => {
  const work = resolve('.build/e2e/security');
  const out = join(work, 'site');
  let session: Session;

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    const root = makeCaseRoot(join(work, 'input'));
    const cases = join(root, PROJECT_DIR, 'cases.csv');
    const spending = join(root, PROJECT_DIR, 'spending.csv');
    const quoted = `"${PAYLOAD.replace(/"/g, '""')}"`;
    // 备注 of A02, 问题类别 of A03; 用途 and 审批文号 of P02.
    writeFileSync(
      cases,
      readFileSync(cases, 'utf8')
        .replace('正在协调', quoted)
        .replace('A03,欧阳某,P3,东城街道,涉法涉诉', `A03,欧阳某,P3,东城街道,${quoted}`),
    );
    writeFileSync(
      spending,
      readFileSync(spending, 'utf8').replace(
        'P02,2024-03-10,,上年结转资金,500.50,,',
        `P02,2024-03-10,,上年结转资金,500.50,${quoted},${quoted}`,
      ),
    );
    // The free-text columns are published only when listed.
    const facts = join(root, 'content/2024/demo/project.yaml');
    writeFileSync(
      facts,
      `${readFileSync(facts, 'utf8').trimEnd()}\n公开列: [备注, 用途, 审批文号]\n`,
    );
    const run = runBuild({ root, out, cache: join(work, 'cache') });
    expect(run.code, run.output).toBe(0);
    session = await openSite(out);
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['cases/', 'the case ledger'],
    ['payments/', 'the payment ledger'],
    ['subtotals/', 'the subtotals'],
    ['', 'the report'],
  ])('%s (%s) shows the cells as text and runs none of them', async (path) => {
    const { page, problems } = await visit(session, `2024/demo/${path}`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      x: (window as { __x?: unknown }).__x,
      y: (window as { __y?: unknown }).__y,
      injectedImages: document.querySelectorAll('main img[src="x"]').length,
      injectedBold: [...document.querySelectorAll('main b')].filter((b) => b.textContent === '粗体')
        .length,
      text: document.querySelector('main')?.textContent ?? '',
      chartText: [...document.querySelectorAll('figure[data-chart] svg text')].map(
        (t) => t.textContent,
      ),
    }));
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    expect(state.injectedImages).toBe(0);
    expect(state.injectedBold).toBe(0);
    expect(dialogs).toEqual([]);
    if (path === 'cases/' || path === 'payments/') expect(state.text).toContain(PAYLOAD);
    // The 问题类别 holding the payload names a bar of the chart drawn at build time.
    if (path === '') expect(state.chartText).toContain(PAYLOAD);
    expect(problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    await page.close();
  });

  it('keeps the text as written in the CSV download', () => {
    const csv = readFileSync(join(out, '2024/demo/payments.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { delimiter: ',' }).data;
    expect(rows.find((r) => r[0] === 'P02')?.slice(6, 8)).toEqual([PAYLOAD, PAYLOAD]);
  });

  it('escapes the cells in the page source', () => {
    const html = readFileSync(join(out, '2024/demo/cases/index.html'), 'utf8');
    expect(html).not.toContain('<script>window.__x=1</script>');
    expect(html).toContain('&lt;script&gt;window.__x=1&lt;/script&gt;');
  });
});
