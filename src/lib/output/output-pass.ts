/**
 * One pass over a built site, each text file read once: a page is rewritten one block per line
 * (readable-html.ts) and the text just written is scanned (scan.ts); any other text file is
 * scanned as it is. Each file's findings are kept with the signature (size and modification
 * time) it had then, and the publishing step's scan (scanOutput) takes them for every file left
 * untouched, reading only what was written or changed after the pass (the Word documents).
 * Worker threads only when the output is large enough to pay for them (site-files.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapInWorkers } from '../base/pool.ts';
import { readableHtml } from './readable-html.ts';
import type { PassRecord, ScanJob, ScannedFile } from './scan.ts';
import { scanFile } from './scan.ts';
import { fileSignature, planPass, textFiles } from './site-files.ts';

/** One thread's part of the pass: pages rewritten then scanned, other text files scanned. */
export async function passFiles(job: ScanJob): Promise<(ScannedFile & { file: string })[]> {
  const out: (ScannedFile & { file: string })[] = [];
  for (const file of job.files) {
    const path = join(job.dir, file);
    let bytes: Uint8Array;
    if (file.endsWith('.html')) {
      bytes = Buffer.from(readableHtml(await readFile(path, 'utf8')), 'utf8');
      await writeFile(path, bytes);
    } else {
      bytes = await readFile(path);
    }
    out.push({ file, findings: scanFile(file, bytes), signature: await fileSignature(path) });
  }
  return out;
}

/**
 * The pass over the site in `dir` with `cores` threads at most: every page rewritten one block
 * per line, every text file scanned; returns the record publishing's scan reuses.
 */
export async function outputPass(dir: string, cores: number): Promise<PassRecord> {
  const plan = planPass(await textFiles(dir), cores);
  const results = await mapInWorkers(
    plan.jobs.map((files) => ({ dir, files })),
    {
      workers: plan.workers,
      script: new URL('./output-pass-worker.ts', import.meta.url),
      inline: passFiles,
    },
  );
  const record: PassRecord = new Map();
  for (const { file, ...scanned } of results.flat()) record.set(file, scanned);
  return record;
}
