/** Worker thread of scanOutput: scans the files it is sent (see src/lib/pool.ts). */
import { parentPort } from 'node:worker_threads';
import { scanFiles } from './output-scan.ts';
import type { ScanJob } from './output-scan.ts';

parentPort?.on('message', (message: { id: number; input: ScanJob }) => {
  scanFiles(message.input).then(
    (output) => parentPort?.postMessage({ id: message.id, output }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
