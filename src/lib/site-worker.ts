/** Worker thread of loadSite: builds the project-years it is sent (see src/lib/pool.ts). */
import { parentPort } from 'node:worker_threads';
import { buildProjectYear } from './project-year.ts';
import type { ProjectYearJob } from './project-year.ts';

parentPort?.on('message', (message: { id: number; input: ProjectYearJob }) => {
  buildProjectYear(message.input).then(
    (output) => parentPort?.postMessage({ id: message.id, output }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
