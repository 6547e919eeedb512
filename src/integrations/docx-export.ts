/**
 * After a build, writes each project-year's report as Word documents beside its page:
 * `<年度>/<项目标识>/report.docx` (the whole report) and `annex.docx` (the 自评表 alone), made
 * from the report page just built so that they say exactly what the page says (see
 * src/lib/docx/report-docx.ts for why). An archive of many project-years is spread over one
 * worker thread per core (drawing the charts' PNG fallbacks takes most of the time); for a few,
 * starting the workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mapInWorkers } from '../lib/base/pool.ts';

/** From this many project-years on, the documents are written on worker threads. */
const WORKERS_FROM = 8;

/** report.docx and annex.docx for every project-year of the site in `dir`; how many. */
export async function writeReportDocx(dir: string, workersFrom = WORKERS_FROM): Promise<number> {
  // Loaded when the build is done, not with the configuration: the docx and HTML-parser
  // libraries stay out of Astro's process while it bundles and renders, and a build that fails
  // before the end never loads them.
  const { reportFolders, writeFolderDocx } = await import('../lib/docx/site-docx.ts');
  const folders = await reportFolders(dir);
  await mapInWorkers(folders, {
    workers: folders.length >= workersFrom ? availableParallelism() : 1,
    script: new URL('../lib/docx/docx-worker.ts', import.meta.url),
    inline: writeFolderDocx,
  });
  return folders.length;
}

export function docxExportIntegration(): AstroIntegration {
  return {
    name: 'xinfang-docx-export',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeReportDocx(fileURLToPath(dir));
        logger.info(
          `Word 文档：${count} 个项目年度的 report.docx 和 annex.docx（${((performance.now() - started) / 1000).toFixed(1)} 秒）`,
        );
      },
    },
  };
}
