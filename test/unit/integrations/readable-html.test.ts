import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readableHtmlIntegration } from '../../../src/integrations/readable-html.ts';
import type { OutputPassResult } from '../../../src/integrations/readable-html.ts';
import { readableHtml } from '../../../src/lib/output/readable-html.ts';
import { planPass, textFiles } from '../../../src/lib/output/site-files.ts';

const site = mkdtempSync(join(tmpdir(), 'readable-html-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('readableHtmlIntegration(result) after a build', () => {
  it('rewrites every page of a large site on worker threads, scans every text file, and leaves other files alone', async () => {
    const pages: { file: string; html: string }[] = [];
    // Enough bytes for the pass to start worker threads (WORKERS_FROM_BYTES).
    const filler = `<p>${'正文'.repeat(10_000)}</p>`;
    for (let i = 0; i < 350; i++) {
      const dir = join(site, String(i % 7), `p${i}`);
      mkdirSync(dir, { recursive: true });
      const html = `<!doctype html><html><head><title>第 ${i} 页</title></head><body><main><table><tr><td>${i}</td></tr></table><pre>a\n  b</pre>${filler}</main></body></html>`;
      writeFileSync(join(dir, 'index.html'), html);
      pages.push({ file: join(dir, 'index.html'), html });
    }
    writeFileSync(join(site, 'data.csv'), '<div>不是页面</div>');

    const files = await textFiles(site);
    expect(planPass(files, 2).workers).toBe(2);
    const result: OutputPassResult = {};
    const logged: string[] = [];
    const hook = readableHtmlIntegration(result).hooks['astro:build:done'];
    // Only `dir` and the logger are used by this hook.
    await hook?.({
      dir: pathToFileURL(`${site}/`),
      logger: { info: (m: string) => logged.push(m) },
    } as unknown as Parameters<NonNullable<typeof hook>>[0]);
    expect(logged[0]).toMatch(/^一个块一行并检查输出：351 个文本文件/);
    expect([...(result.record?.keys() ?? [])]).toEqual(files.map((f) => f.file));
    expect(result.record?.get('data.csv')?.findings).toEqual([]);

    for (const { file, html } of pages) {
      const out = readFileSync(file, 'utf8');
      expect(out).toBe(readableHtml(html));
      expect(out.split('\n').length).toBeGreaterThan(5);
    }
    expect(readFileSync(join(site, 'data.csv'), 'utf8')).toBe('<div>不是页面</div>');
  });
});
