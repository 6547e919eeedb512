/**
 * The text files of a built site, and how a pass over them is split between threads. Both passes
 * over the output — the readable rewrite with its scan (output-pass.ts) and the publishing
 * step's scan (scan.ts) — list the files here and decide here whether to start worker threads:
 * by the amount of work, never by a flag. A district's site of a thousand cases is a few
 * megabytes and is done in this thread (a thread would first load the scan's modules again);
 * a project-year of 100,000 cases writes well over a hundred megabytes.
 */
import type { BigIntStats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Files whose text is searched; images and fonts hold no text a reader would see. */
export const TEXT_FILE = /\.(?:html?|csv|json|txt|xml|js|mjs|css|svg|md|docx)$/i;

/** From this many bytes of text files on, a pass over the output uses one thread per core. */
export const WORKERS_FROM_BYTES = 16 * 1024 ** 2;
/** A job handed to a thread holds at most this many bytes (a larger file is a job of its own)… */
export const BYTES_PER_JOB = 4 * 1024 ** 2;
/** …and at most this many files. */
export const FILES_PER_JOB = 100;

/** A text file of the output: its path relative to the site folder (forward slashes), its size. */
export interface SizedFile {
  file: string;
  bytes: number;
  /** `size:mtimeNs` (fileSignature) when listed. */
  signature: string;
}

/** How a pass over some files is split: jobs of consecutive files, and how many threads. */
export interface PassPlan {
  jobs: string[][];
  workers: number;
}

/**
 * Jobs of consecutive files, each at most BYTES_PER_JOB or FILES_PER_JOB files; one thread per
 * core (no more than there are jobs) from WORKERS_FROM_BYTES of text on, else this thread.
 */
export function planPass(files: readonly SizedFile[], cores: number): PassPlan {
  const jobs: string[][] = [];
  let job: string[] = [];
  let bytes = 0;
  let total = 0;
  for (const f of files) {
    if (job.length > 0 && (bytes + f.bytes > BYTES_PER_JOB || job.length >= FILES_PER_JOB)) {
      jobs.push(job);
      job = [];
      bytes = 0;
    }
    job.push(f.file);
    bytes += f.bytes;
    total += f.bytes;
  }
  if (job.length > 0) jobs.push(job);
  const workers = total >= WORKERS_FROM_BYTES ? Math.max(1, Math.min(cores, jobs.length)) : 1;
  return { jobs, workers };
}

/**
 * Every text file under `dir` with its size, in the order the scan reports them: each folder's
 * entries sorted by name, depth first.
 */
export async function textFiles(dir: string): Promise<SizedFile[]> {
  const out: SizedFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && TEXT_FILE.test(entry.name)) {
        const s = await stat(path, { bigint: true });
        out.push({
          file: relative(dir, path).split('\\').join('/'),
          bytes: Number(s.size),
          signature: signatureOf(s),
        });
      }
    }
  };
  await walk(dir);
  return out;
}

/** `size:mtimeNs` of a file: what tells the file a pass read from one written since. */
export async function fileSignature(path: string): Promise<string> {
  return signatureOf(await stat(path, { bigint: true }));
}

function signatureOf(s: BigIntStats): string {
  return `${s.size}:${s.mtimeNs}`;
}
