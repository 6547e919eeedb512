/**
 * The worker script of the readable-html integration: started by the pool, it rewrites each page
 * it is sent one block per line, in place, exactly as readableHtml() does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapInWorkers } from '../../../src/lib/base/pool.ts';
import { readableHtml } from '../../../src/lib/output/readable-html.ts';
import { tempRoot } from '../support/folders.ts';

const SCRIPT = new URL('../../../src/lib/output/readable-html-worker.ts', import.meta.url);
const inlineNever = (): Promise<never> => Promise.reject(new Error('ran in this thread'));

const PAGES = {
  'a/index.html': '<html><body><main><h1>标题</h1><p>正文<b>加粗</b></p></main></body></html>',
  'b/index.html': '<html><body><table><tr><td>1</td><td>2</td></tr></table></body></html>',
  'c/index.html': '<html><head><script>var a="<p>x</p>"</script></head><body></body></html>',
};

describe('readable-html-worker.ts run by mapInWorkers()', () => {
  it('rewrites every page it is sent, in place, as readableHtml() would', async () => {
    const dir = await tempRoot(PAGES);
    const files = Object.keys(PAGES).map((f) => join(dir, f));
    const answers = await mapInWorkers([files.slice(0, 2), files.slice(2)], {
      workers: 2,
      script: SCRIPT,
      inline: inlineNever,
    });
    expect(answers).toEqual([undefined, undefined]);
    for (const [name, html] of Object.entries(PAGES)) {
      const written = readFileSync(join(dir, name), 'utf8');
      expect(written, name).toBe(readableHtml(html));
      expect(written, name).not.toBe(html);
    }
  });

  it('rejects the run when a page cannot be read', async () => {
    const dir = await tempRoot(PAGES);
    await expect(
      mapInWorkers([[join(dir, 'a/index.html')], [join(dir, 'missing.html')]], {
        workers: 2,
        script: SCRIPT,
        inline: inlineNever,
      }),
    ).rejects.toThrow(/ENOENT/);
  });
});
