/**
 * Inputs and builds for the stability tests: copies of the sample data and narrative with a
 * synthetic next year added, or with one payment changed, and a build of such a copy into a
 * folder (and cache) of its own.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import iconv from 'iconv-lite';

/**
 * Where the stability tests keep their inputs and builds: inside the project (ignored by git),
 * one folder per test run, so runs started side by side in one working tree never collide.
 */
export const WORK = resolve(`.build/e2e/stable/run-${process.pid}`);

/** Removes this run's inputs and builds. */
export function cleanUp(): void {
  rmSync(WORK, { recursive: true, force: true });
}

/** A fresh copy of the sample's data/ and content/ under WORK/<name>/. */
export function copySample(name: string): { root: string; data: string; content: string } {
  const root = join(WORK, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('data', join(root, 'data'), { recursive: true });
  cpSync('content', join(root, 'content'), { recursive: true });
  return { root, data: join(root, 'data'), content: join(root, 'content') };
}

interface Decoded {
  text: string;
  encoding: 'utf8' | 'gb18030';
  bom: boolean;
}

/** A sample file's text, remembering its encoding (some CSVs are GB18030, as Excel writes). */
function decode(bytes: Buffer): Decoded {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'utf8', bom };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030', bom: false };
  }
}

function encode(d: Decoded): Buffer {
  if (d.encoding === 'gb18030') return iconv.encode(d.text, 'gb18030');
  const body = Buffer.from(d.text, 'utf8');
  return d.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Rewrites a file's text in place, keeping its encoding, BOM and line endings. */
export function editFile(path: string, edit: (text: string) => string): void {
  const decoded = decode(readFileSync(path));
  const text = edit(decoded.text);
  if (text === decoded.text) throw new Error(`${path}: 编辑没有改变任何内容`);
  writeFileSync(path, encode({ ...decoded, text }));
}

/**
 * Every year from `from` on, as it stands in a date, id or document number, moved one year
 * later (2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, BF2024-0001, 〔2024〕); years
 * before `from` (the registration dates of old cases) and amounts stay as they are. 29 February
 * becomes the 28th in a year that has none.
 */
export function shiftYears(text: string, from: number): string {
  const later = (y: string) => (Number(y) >= from ? String(Number(y) + 1) : y);
  const leap = (y: string) => Number(y) % 4 === 0;
  return text
    .replace(
      /(?<![\d.])(20\d\d)((?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\d.])/g,
      (_, y: string, md: string) => `${later(y)}${md}`,
    )
    .replace(/(?<!\d)(20\d\d)(?=[-/年〕]|\.\d{1,2}\.\d)/g, (_, y: string) => later(y))
    .replace(/(?<!\d)(20\d\d)([-/.]0?2[-/.]|年0?2月)29(?!\d)/g, (m, y: string, sep: string) =>
      leap(y) ? m : `${y}${sep}28`,
    )
    .replace(/(?<![\d.])(20\d\d)0229(?![\d.])/g, (m, y: string) => (leap(y) ? m : `${y}0228`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Adds year `from + 1` of a project to a copy: last year's files, every date a year later. */
export function addNextYear(copy: { data: string; content: string }, slug: string, from: number) {
  for (const base of [copy.data, copy.content]) {
    const source = join(base, String(from), slug);
    const target = join(base, String(from + 1), slug);
    cpSync(source, target, { recursive: true });
    for (const file of filesUnder(target)) {
      const decoded = decode(readFileSync(file));
      const text = shiftYears(decoded.text, from);
      if (text !== decoded.text) writeFileSync(file, encode({ ...decoded, text }));
    }
  }
}

/** Builds the site from the given inputs into WORK/<name>/ with a cache of its own. */
export function buildSite(name: string, inputs?: { data: string; content: string }): string {
  const out = join(WORK, name);
  const args = [
    'scripts/build.ts',
    '--out',
    out,
    '--cache',
    join(WORK, `cache-${name}`),
    '--quiet',
  ];
  if (inputs)
    args.push('--data', relative('.', inputs.data), '--content', relative('.', inputs.content));
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}
