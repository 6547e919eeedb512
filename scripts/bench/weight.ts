/**
 * Sizes of a built site: the whole output, its largest page, and one page with everything it
 * loads (stylesheets, scripts and the modules they import, images, icons), raw and gzipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputSize {
  files: number;
  bytes: number;
  htmlPages: number;
  largest: { file: string; bytes: number };
  /** HTML pages over 1 MB. */
  overLimit: string[];
}

export const PAGE_LIMIT = 1024 * 1024;

export function outputSize(dir: string): OutputSize {
  const size: OutputSize = {
    files: 0,
    bytes: 0,
    htmlPages: 0,
    largest: { file: '', bytes: 0 },
    overLimit: [],
  };
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const bytes = statSync(path).size;
      size.files++;
      size.bytes += bytes;
      if (!entry.name.endsWith('.html')) continue;
      size.htmlPages++;
      const file = relative(dir, path).split('\\').join('/');
      if (bytes > size.largest.bytes) size.largest = { file, bytes };
      if (bytes > PAGE_LIMIT) size.overLimit.push(file);
    }
  };
  walk(dir);
  return size;
}

export interface PageWeight {
  /** Each file the page loads (the page first), with its raw and gzip sizes. */
  parts: { file: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

/**
 * A page and what a browser fetches to show it: `<link rel=stylesheet|modulepreload|icon>`,
 * `<script src>`, `<img src>`, the modules a script imports, and `url()` in stylesheets.
 * Links to other pages and downloads are not loaded, so they do not count.
 */
export function pageWeight(siteDir: string, base: string, page: string): PageWeight {
  const seen = new Set<string>();
  const parts: PageWeight['parts'] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const bytes = readFileSync(join(siteDir, file));
    parts.push({ file, raw: bytes.length, gzip: gzipSync(bytes).length });
    const text = /\.(?:html|css|js|mjs)$/.test(file) ? bytes.toString('utf8') : '';
    for (const ref of references(file, text)) {
      const target = resolveRef(base, file, ref);
      if (target !== undefined) visit(target);
    }
  };
  visit(page);
  return {
    parts,
    raw: parts.reduce((s, p) => s + p.raw, 0),
    gzip: parts.reduce((s, p) => s + p.gzip, 0),
  };
}

function references(file: string, text: string): string[] {
  const refs: string[] = [];
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) if (m[1]) refs.push(m[1].replace(/&amp;/g, '&'));
  };
  if (file.endsWith('.html')) {
    for (const tag of text.matchAll(/<link\b[^>]*>/g)) {
      if (/\brel="(?:stylesheet|modulepreload|icon|preload)"/.test(tag[0])) {
        const href = /\bhref="([^"]+)"/.exec(tag[0])?.[1];
        if (href) refs.push(href);
      }
    }
    add(/<script\b[^>]*\bsrc="([^"]+)"/g);
    add(/<img\b[^>]*\bsrc="([^"]+)"/g);
  } else if (file.endsWith('.css')) {
    add(/url\(\s*["']?([^"')]+)["']?\s*\)/g);
  } else if (/\.m?js$/.test(file)) {
    add(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g);
    add(/\bimport\(\s*["']([^"']+)["']\s*\)/g);
  }
  return refs;
}

/** A reference in `from` as a path in the site folder, or undefined when not a site file. */
function resolveRef(base: string, from: string, ref: string): string | undefined {
  if (/^(?:data:|#|[a-z]+:)/i.test(ref)) return undefined;
  const clean = ref.split(/[?#]/)[0] ?? '';
  const path = clean.startsWith('/')
    ? clean.slice(base.length - 1)
    : posix.join(posix.dirname(from), clean);
  const file = path.replace(/^\//, '');
  return file.endsWith('/') || file === '' ? `${file}index.html` : file;
}
