/**
 * A project-year on two threads. When a large project-year is the only job, the thread building
 * it (src/lib/pipeline/project-year.ts) starts a second one that reads spending.csv while it
 * reads the cases, and later writes the payment ledger (pages and CSV download) from the
 * payments it read while the first writes the case ledgers. The payments cross once, by
 * structured clone (the same values, keys and order), for the checks and the model; every
 * check still runs on the first thread, as it does with one thread.
 */
import { Worker } from 'node:worker_threads';
import type { ReadAside } from '../dataset/load.ts';
import type { LedgerPart, WritePaymentsAside } from '../ledger/ledger.ts';
import type { TableResult } from '../read/table.ts';
import type { PaymentRecord } from '../schema/spending.ts';

/** A message to the second thread. */
export type AsideRequest =
  | { id: number; read: { path: string; file: string } }
  | {
      id: number;
      write: {
        dir: string;
        units: string[];
        pageSize: number;
        listed: string[];
        hasCases: boolean;
      };
    };

export interface AsideReply {
  id: number;
  table?: TableResult<PaymentRecord>;
  part?: LedgerPart;
  error?: string;
}

export interface Aside {
  readSpending: ReadAside<PaymentRecord>;
  writePayments: WritePaymentsAside;
  /** Ends the second thread (and what it holds). */
  close: () => Promise<void>;
}

/** Starts the second thread; call close() when the project-year is done, whatever happened. */
export function startAside(): Aside {
  const worker = new Worker(new URL('./aside-worker.ts', import.meta.url));
  const waiting = new Map<
    number,
    { resolve: (r: AsideReply) => void; reject: (e: Error) => void }
  >();
  let next = 0;
  let ended: Error | undefined;
  const failAll = (error: Error) => {
    ended ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: AsideReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error !== undefined) w?.reject(new Error(reply.error));
    else w?.resolve(reply);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`工作线程意外退出（退出码 ${code}）`)));
  const ask = (request: Omit<AsideRequest, 'id'>): Promise<AsideReply> =>
    new Promise((resolve, reject) => {
      if (ended) return reject(ended);
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  return {
    readSpending: async (path, file) =>
      (await ask({ read: { path, file } })).table as TableResult<PaymentRecord>,
    writePayments: async (dir, units, pageSize, listed, hasCases) =>
      (await ask({ write: { dir, units, pageSize, listed: [...listed], hasCases } }))
        .part as LedgerPart,
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
