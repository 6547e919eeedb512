/**
 * The second thread of a project-year (src/lib/pipeline/aside.ts): reads spending.csv, keeps the
 * payments, and writes the payment ledger from them when asked.
 */
import { parentPort } from 'node:worker_threads';
import { readSpecFile } from '../dataset/load.ts';
import { SPENDING } from '../dataset/specs.ts';
import { writePaymentLedger } from '../ledger/ledger.ts';
import { paymentRowsOf } from '../ledger/rows.ts';
import type { PaymentRecord } from '../schema/spending.ts';
import type { AsideReply, AsideRequest } from './aside.ts';

let payments: PaymentRecord[] = [];

async function answer(request: AsideRequest): Promise<AsideReply> {
  if ('read' in request) {
    const table = await readSpecFile(request.read.path, request.read.file, SPENDING);
    payments = table.records;
    return { id: request.id, table };
  }
  const { dir, units, pageSize, listed, hasCases } = request.write;
  const rows = paymentRowsOf(payments, units);
  const part = await writePaymentLedger(dir, rows, pageSize, listed, hasCases);
  return { id: request.id, part };
}

parentPort?.on('message', (request: AsideRequest) => {
  answer(request).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
