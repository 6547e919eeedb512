import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readableHtmlIntegration } from '../../../src/integrations/readable-html.ts';
import { readableHtml } from '../../../src/lib/output/readable-html.ts';

const site = mkdtempSync(join(tmpdir(), 'readable-html-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('readableHtmlIntegration() after a build', () => {
  it('rewrites every page of a large site on worker threads, and leaves other files alone', async () => {
    const pages: { file: string; html: string }[] = [];
    // Enough pages for several jobs, so they go to worker threads.
    for (let i = 0; i < 350; i++) {
      const dir = join(site, String(i % 7), `p${i}`);
      mkdirSync(dir, { recursive: true });
      const html = `<!doctype html><html><head><title>第 ${i} 页</title></head><body><main><table><tr><td>${i}</td></tr></table><pre>a\n  b</pre></main></body></html>`;
      writeFileSync(join(dir, 'index.html'), html);
      pages.push({ file: join(dir, 'index.html'), html });
    }
    writeFileSync(join(site, 'data.csv'), '<div>不是页面</div>');

    const hook = readableHtmlIntegration().hooks['astro:build:done'];
    // Only `dir` is read by this hook.
    await hook?.({ dir: pathToFileURL(`${site}/`) } as Parameters<NonNullable<typeof hook>>[0]);

    for (const { file, html } of pages) {
      const out = readFileSync(file, 'utf8');
      expect(out).toBe(readableHtml(html));
      expect(out.split('\n').length).toBeGreaterThan(5);
    }
    expect(readFileSync(join(site, 'data.csv'), 'utf8')).toBe('<div>不是页面</div>');
  });
});
