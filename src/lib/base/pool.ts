/**
 * Runs independent jobs on worker threads, a few at a time, or one after another in this thread.
 * The data layer is pure and each project-year stands alone, so a large archive uses every core:
 * a worker reads, checks and models one project-year and sends back only the compact result.
 */
import { parentPort, Worker } from 'node:worker_threads';

export interface PoolOptions<I, O> {
  /** Threads to use; 1 runs every job here, in order (unless `isolate`). */
  workers: number;
  /**
   * Run even a single job on a worker thread: its memory goes when the thread ends, and this
   * thread stays free meanwhile (a large project-year read while Astro starts up).
   */
  isolate?: boolean;
  /** Worker script: answers each `{ id, input }` message with `{ id, output }` or `{ id, error }`. */
  script: URL;
  /** The same job in this thread, for one worker or where workers cannot start. */
  inline: (input: I) => Promise<O>;
}

interface Reply<O> {
  id: number;
  output?: O;
  error?: string;
}

/** Outputs in the order of the inputs. */
export async function mapInWorkers<I, O>(
  inputs: readonly I[],
  options: PoolOptions<I, O>,
): Promise<O[]> {
  const threads = Math.min(options.workers, inputs.length);
  const inline = threads < 1 || (threads === 1 && !options.isolate);
  if (inline || options.script.protocol !== 'file:') {
    const outputs: O[] = [];
    for (const input of inputs) outputs.push(await options.inline(input));
    return outputs;
  }
  const outputs = new Array<O>(inputs.length);
  let next = 0;
  const workers: Worker[] = [];
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let busy = false;
      const send = () => {
        if (next >= inputs.length) return resolve();
        const id = next++;
        busy = true;
        worker.postMessage({ id, input: inputs[id] });
      };
      worker.on('message', (reply: Reply<O>) => {
        busy = false;
        if (reply.error !== undefined) return reject(new Error(reply.error));
        outputs[reply.id] = reply.output as O;
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (busy) reject(new Error(`工作线程意外退出（退出码 ${code}）`));
      });
      send();
    });
  try {
    for (let i = 0; i < threads; i++) workers.push(new Worker(options.script));
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outputs;
}

/**
 * The worker side: answers each job this thread is sent with `run`'s output, or with the error's
 * text. A worker script is this one call.
 */
export function serveJobs<I, O>(run: (input: I) => Promise<O>): void {
  parentPort?.on('message', (message: { id: number; input: I }) => {
    run(message.input).then(
      (output) => parentPort?.postMessage({ id: message.id, output }),
      (error: unknown) =>
        parentPort?.postMessage({
          id: message.id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
    );
  });
}
