/**
 * The last look before a build is published: every text file of the output is searched for what
 * must never leave the bureau. The data layer already refuses such input; this scan also catches
 * what reaches a page another way (a narrative, project.yaml, a template change).
 *
 * - ID-card and mobile numbers (the data guard's own rule, src/lib/read/privacy.ts), in any text
 *   file: pages, CSV downloads, report.json, scripts and styles.
 * - Petitioners by name: the scan cannot know real names, so it checks where names are shown.
 *   Every cell under a `信访人` column header, in an HTML table or a CSV download, must be a
 *   masked name (罗某厚, 罗某, 罗某甲; blank allowed).
 *
 * Findings name the file and line and never the value, like every message of the site.
 */
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { mapInWorkers } from './pool.ts';
import type { Sensitive } from './read/privacy.ts';
import { csvNameLines, htmlNameLines, NAME_HEADER } from './output-names.ts';
import { DIGITISH_BMP, findSensitive, mayHoldSensitive } from './read/privacy.ts';

export type FindingKind = Sensitive | 'name';

export interface Finding {
  /** Path relative to the scanned folder, forward slashes. */
  file: string;
  line: number;
  kind: FindingKind;
}

/** Files whose text is searched; images and fonts hold no text a reader would see. */
const TEXT_FILE = /\.(?:html?|csv|json|txt|xml|js|mjs|css|svg|md)$/i;

export const FINDING_MESSAGE: Record<FindingKind, string> = {
  idcard: '输出中疑似有身份证号码（此处不显示内容）；请找到并删除它的来源（数据、叙述或项目信息）',
  mobile: '输出中疑似有手机号码（此处不显示内容）；请找到并删除它的来源（数据、叙述或项目信息）',
  name: '“信访人”一栏出现了非脱敏姓名（此处不显示内容）；信访人只能以脱敏姓名（如 罗某厚）出现',
};

/** `file:line: message`, as the build prints it. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${FINDING_MESSAGE[finding.kind]}`;
}

/** Files per job when the scan is spread over worker threads. */
const FILES_PER_JOB = 100;

/**
 * Scans every text file under `dir`; an empty list means the output may be published. A large
 * site (a ten-year archive writes over a gigabyte of pages) is scanned on one thread per core.
 */
export async function scanOutput(
  dir: string,
  options: { workers?: number } = {},
): Promise<Finding[]> {
  const paths: string[] = [];
  for await (const path of files(dir)) {
    if (TEXT_FILE.test(path)) paths.push(relative(dir, path).split('\\').join('/'));
  }
  const jobs: ScanJob[] = [];
  for (let i = 0; i < paths.length; i += FILES_PER_JOB) {
    jobs.push({ dir, files: paths.slice(i, i + FILES_PER_JOB) });
  }
  const workers = options.workers ?? (jobs.length > 2 ? availableParallelism() : 1);
  const results = await mapInWorkers(jobs, {
    workers,
    script: new URL('./output-scan-worker.ts', import.meta.url),
    inline: scanFiles,
  });
  return results.flat();
}

/** Some files of a site folder, for one thread to scan. */
export interface ScanJob {
  dir: string;
  /** Paths relative to `dir`, forward slashes. */
  files: string[];
}

export async function scanFiles(job: ScanJob): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of job.files) {
    findings.push(...scanBytes(file, await readFile(join(job.dir, file))));
  }
  return findings;
}

/** Findings in one file's text; the kind of scan follows the file's extension. */
export function scanText(file: string, text: string): Finding[] {
  return scanBytes(file, Buffer.from(text, 'utf8'));
}

/**
 * Findings in one file's bytes (UTF-8). The file is first searched as a one-byte string, which is
 * several times faster to make and to search than text: only a file that may hold a number is
 * decoded and searched line by line, and only names are decoded to be checked.
 */
export function scanBytes(file: string, bytes: Uint8Array): Finding[] {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const findings: Finding[] = [];
  if (mayHoldNumberBytes(raw)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    for (const { line, kind } of sensitiveLines(text)) findings.push({ file, line, kind });
  }
  if (raw.includes(NAME_HEADER_BYTES)) {
    const names = /\.csv$/i.test(file)
      ? csvNameLines(raw, fromBytes)
      : /\.html?$/i.test(file)
        ? htmlNameLines(raw, fromBytes)
        : [];
    for (const line of names) findings.push({ file, line, kind: 'name' });
  }
  return findings.sort((a, b) => a.line - b.line);
}

/**
 * False when UTF-8 bytes, read as a one-byte string, certainly hold no ID-card or mobile number:
 * mayHoldSensitive() of privacy.ts, without decoding them.
 */
export function mayHoldNumberBytes(raw: string): boolean {
  return DIGITISH_BYTES.test(raw) || QUICK_BYTES.test(raw);
}

/** A piece of a one-byte string (UTF-8 bytes) as text. */
function fromBytes(piece: string): string {
  return Buffer.from(piece, 'latin1').toString('utf8');
}

const NAME_HEADER_BYTES = Buffer.from(NAME_HEADER, 'utf8').toString('latin1');

/**
 * The UTF-8 bytes of every character of NFKC_DIGITISH except the ideographic space, as a regex
 * over a one-byte string; any four-byte character (the astral part) counts too. A file without
 * one reads, for the number search, the same as its NFKC form with U+3000 as a space.
 */
const DIGITISH_BYTES = ((): RegExp => {
  const byPrefix = new Map<string, number[]>();
  for (const [, from, to] of DIGITISH_BMP.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g)) {
    const lo = parseInt(from ?? '', 16);
    for (let cp = lo; cp <= parseInt(to ?? from ?? '', 16); cp++) {
      if (cp === 0x3000) continue;
      const bytes = Buffer.from(String.fromCodePoint(cp), 'utf8');
      const prefix = bytes.subarray(0, -1).toString('latin1');
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), bytes[bytes.length - 1] ?? 0]);
    }
  }
  const hex = (c: number) => `\\x${c.toString(16).padStart(2, '0')}`;
  const alternatives = [...byPrefix].map(
    ([prefix, last]) =>
      `${[...prefix].map((c) => hex(c.charCodeAt(0))).join('')}[${last.map(hex).join('')}]`,
  );
  return new RegExp(`${alternatives.join('|')}|\\xf0`);
})();

/** The page-level quick test of privacy.ts (mayHoldSensitive) on UTF-8 bytes: U+3000 is E3 80 80. */
const QUICK_BYTES = /(?<!\d)\d{3}(?:\d{8}|(?:[- ]|\xe3\x80\x80)\d{4}(?:[- ]|\xe3\x80\x80)\d{4})/;

/** Lines holding an ID-card or mobile number. The whole text is searched first: most have none. */
export function sensitiveLines(text: string): { line: number; kind: Sensitive }[] {
  if (!mayHoldSensitive(text) || findSensitive(text) === undefined) return [];
  const hits: { line: number; kind: Sensitive }[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const kind = findSensitive(line);
    if (kind !== undefined) hits.push({ line: i + 1, kind });
  }
  return hits;
}

async function* files(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}
