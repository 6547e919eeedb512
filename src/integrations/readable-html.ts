/**
 * After a build, the one pass over the output (src/lib/output/output-pass.ts): every page
 * rewritten one block per line and every text file scanned, each read once. The findings go to
 * the publishing step through `result`, whose scan reads again only the files written or changed
 * since (the Word documents). A large output is spread over one worker thread per core; a
 * district's site is done in this thread.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PassRecord } from '../lib/output/scan.ts';
import { outputPass } from '../lib/output/output-pass.ts';

/** What the pass over the output found, for the publishing step (src/integrations/xinfang.ts). */
export interface OutputPassResult {
  record?: PassRecord;
}

export function readableHtmlIntegration(result: OutputPassResult = {}): AstroIntegration {
  return {
    name: 'xinfang-readable-html',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        result.record = await outputPass(fileURLToPath(dir), availableParallelism());
        logger.info(
          `一个块一行并检查输出：${result.record.size} 个文本文件（${((performance.now() - started) / 1000).toFixed(1)} 秒）`,
        );
      },
    },
  };
}
