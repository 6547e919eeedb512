/**
 * The last look before a build is published: every text file of the output is searched for what
 * must never leave the bureau. The data layer already refuses such input; this scan also catches
 * what reaches a page another way (a narrative, project.yaml, a template change).
 *
 * - ID-card and mobile numbers (the data guard's own detector, src/lib/privacy/displayed.ts), in any
 *   text file, read as a reader sees it: pages (text and attribute values, tags removed, entities
 *   decoded), CSV downloads cell by cell, report.json, scripts, styles and SVG.
 * - Petitioners by name: the scan cannot know real names, so it checks where names are shown.
 *   Every cell under a `信访人` column header, in an HTML table or a CSV download, must be a
 *   masked name (罗某厚, 罗某, 罗某甲; blank allowed).
 *
 * Findings name the file and line and never the value, like every message of the site.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { docxText } from '../docx/package.ts';
import { escapeHtml } from '../base/html.ts';
import { mapInWorkers } from '../base/pool.ts';
import type { Sensitive, TextKind } from '../privacy/privacy.ts';
import { planPass, textFiles } from './site-files.ts';
import type { SizedFile } from './site-files.ts';
import { csvNameLines, htmlNameLines, NAME_HEADER } from './names.ts';
import { findNumbersInBytes } from '../privacy/displayed.ts';
import { mayHoldDigitsInBytes } from '../privacy/may-hold-digits.ts';
import { hitLines, mayHoldSensitive, sensitiveLinesOf, textKindOf } from '../privacy/privacy.ts';

export type FindingKind = Sensitive | 'name';

export interface Finding {
  /** Path relative to the scanned folder, forward slashes. */
  file: string;
  line: number;
  kind: FindingKind;
}

export const FINDING_MESSAGE: Record<FindingKind, string> = {
  idcard: '输出中疑似有身份证号码（此处不显示内容）；请找到并删除它的来源（数据、叙述或项目信息）',
  mobile: '输出中疑似有手机号码（此处不显示内容）；请找到并删除它的来源（数据、叙述或项目信息）',
  name: '“信访人”一栏出现了非脱敏姓名（此处不显示内容）；信访人只能以脱敏姓名（如 罗某厚）出现',
};

/** `file:line: message`, as the build prints it. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${FINDING_MESSAGE[finding.kind]}`;
}

/** Findings of a file already scanned, with the signature (site-files.ts) it had then. */
export interface ScannedFile {
  signature: string;
  findings: Finding[];
}

/** Findings by file (path relative to the site folder), from a pass over the output. */
export type PassRecord = Map<string, ScannedFile>;

/**
 * Scans every text file under `dir`; an empty list means the output may be published. A file
 * that `passed` holds and that has not changed since (same size and modification time) keeps
 * the findings the pass over the output gave it (output-pass.ts), so each file is read once;
 * the rest is scanned here, on one thread per core when there is enough of it (a ten-year
 * archive writes over a gigabyte of pages; site-files.ts).
 */
export async function scanOutput(
  dir: string,
  options: { workers?: number; passed?: PassRecord | undefined } = {},
): Promise<Finding[]> {
  const all = await textFiles(dir);
  const known = new Map<string, Finding[]>();
  const left: SizedFile[] = [];
  for (const f of all) {
    const seen = options.passed?.get(f.file);
    if (seen && seen.signature === f.signature) known.set(f.file, seen.findings);
    else left.push(f);
  }
  const plan = planPass(left, availableParallelism());
  const results = await mapInWorkers(
    plan.jobs.map((files) => ({ dir, files })),
    {
      workers: options.workers ?? plan.workers,
      script: new URL('./scan-worker.ts', import.meta.url),
      inline: scanFiles,
    },
  );
  for (const finding of results.flat()) {
    const list = known.get(finding.file) ?? [];
    if (list.length === 0) known.set(finding.file, list);
    list.push(finding);
  }
  return all.flatMap((f) => known.get(f.file) ?? []);
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
    findings.push(...scanFile(file, await readFile(join(job.dir, file))));
  }
  return findings;
}

/** Findings in one file of the site: a Word document by its text, any other by its bytes. */
export function scanFile(file: string, bytes: Uint8Array): Finding[] {
  return /\.docx$/i.test(file) ? scanDocx(file, bytes) : scanBytes(file, bytes);
}

/**
 * Findings in a Word document: its text as Word shows it (src/lib/docx/package.ts docxText), each
 * paragraph, table cell and drawn label read as a block of its own, as a page's blocks are (a
 * chart's axis ticks or a column of small counts are separate values, never one number); lines
 * are lines of that text. A document that cannot be read is not published.
 */
export function scanDocx(file: string, bytes: Uint8Array): Finding[] {
  let text: string;
  try {
    text = docxText(bytes);
  } catch (error) {
    throw new Error(
      `${file}: 输出检查无法读取这个 Word 文档（${(error as Error).message}），不能发布`,
      { cause: error },
    );
  }
  const blocks = text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return scanBytes(`${file}.html`, Buffer.from(blocks, 'utf8')).map((f) => ({ ...f, file }));
}

/** Findings in one file's text; the kind of scan follows the file's extension. */
export function scanText(file: string, text: string): Finding[] {
  return scanBytes(file, Buffer.from(text, 'utf8'));
}

/**
 * Findings in one file's bytes (UTF-8). The text is read as its kind shows it to a reader
 * (textKindOf: HTML text and attribute values with tags removed and entities decoded, CSV cell by
 * cell, JSON, scripts and styles with their escapes decoded; see src/lib/privacy/displayed.ts); a
 * file with fewer than 11 characters that could write a digit is passed after one cheap look.
 * The bytes are read as a one-byte string, never decoded whole (the reader decodes UTF-8 as it
 * goes; names are decoded only where they are checked).
 */
export function scanBytes(file: string, bytes: Uint8Array): Finding[] {
  const raw = fractionBars(
    file,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  );
  const findings: Finding[] = [];
  if (mayHoldDigitsInBytes(raw)) {
    for (const { line, kind } of hitLines(raw, findNumbersInBytes(raw, textKindOf(file)))) {
      findings.push({ file, line, kind });
    }
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

/** Where report.json's exact values begin: its last top-level key (model/report-schema.ts). */
const EXACT_KEY = '\n  "exact": {';
/** An exact value as report.json writes it: `"1970551002/23425"`, the whole string. */
const EXACT_FRACTION = /"(-?\d+)\/(\d+)"/g;

/**
 * report.json's exact values are fractions a reader reads as two numbers, numerator over
 * denominator, so the bar between them is read as a break, not as a separator inside one long
 * number (`1970551002/23425` would otherwise read as a 15-digit ID): each side is still checked
 * on its own. Only the exact block of a report.json, whose values the model computes from counts
 * and amounts; anywhere else a slash joins digit groups as always. Same length, same lines.
 */
export function fractionBars(file: string, raw: string): string {
  if (!/(?:^|\/)report\.json$/.test(file)) return raw;
  const at = raw.lastIndexOf(EXACT_KEY);
  if (at < 0) return raw;
  return raw.slice(0, at) + raw.slice(at).replace(EXACT_FRACTION, '"$1|$2"');
}

/** A piece of a one-byte string (UTF-8 bytes) as text. */
function fromBytes(piece: string): string {
  return Buffer.from(piece, 'latin1').toString('utf8');
}

const NAME_HEADER_BYTES = Buffer.from(NAME_HEADER, 'utf8').toString('latin1');

/**
 * Lines holding an ID-card or mobile number, the text read as `kind` (HTML by default) shows
 * it; a number written over several lines is reported at the line where it starts.
 */
export function sensitiveLines(
  text: string,
  kind: TextKind = 'html',
): { line: number; kind: Sensitive }[] {
  if (!mayHoldSensitive(text)) return [];
  return sensitiveLinesOf(text, kind);
}
