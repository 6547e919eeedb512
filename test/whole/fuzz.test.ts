/**
 * Random damage to valid files never crashes the data layer: each seeded mutation of a file of
 * the corpus template (and of the bundled sample's GB18030 payments) goes through loadSite(),
 * and the result is always either a clean list of located errors or a complete model. Bounded
 * by a fixed number of mutations, never by the clock, so every run checks the same inputs; the
 * seed makes any failure reproducible.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { reportJson } from '../../src/lib/model/report-json.ts';
import { loadSite } from '../../src/lib/pipeline/site.ts';
import { PLANTED, PROJECT_DIR, TEMPLATE_DIR } from '../corpus/corpus.ts';

const SEED = 20_241_123;
const NUMBERS = PLANTED.filter((v) => /\d/.test(v));
const MUTATIONS = 400;

/** mulberry32: small, seeded, the same sequence on every machine. */
function rng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T };
}
type Rng = ReturnType<typeof rng>;

const bytes = (text: string) => Buffer.from(text, 'utf8');

/** Byte strings worth dropping into a CSV: structure, encodings, junk, and what must not pass. */
const SNIPPETS = [
  '"',
  '""',
  ',',
  ',,,,,,,,,,,,,,,,',
  '\n',
  '\r',
  '\r\n',
  '\n\n\n',
  ';',
  '\t',
  '合计',
  '总计：',
  '¥',
  '１２３',
  '（元）',
  '-',
  '(500.00)',
  '1e309',
  '9999999999999999999',
  '2024-02-30',
  '2024年13月1日',
  '已化解',
  '定性',
  '≥',
  '<script>alert(1)</script>',
  '&amp;',
  '\u3000',
  '\uFEFF',
  '\u0000',
  '\u202e',
  '𠮷',
  ...PLANTED,
].map(bytes);

const JUNK = [
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xfe, 0xff]),
  Buffer.from([0x80, 0x81, 0xc0]),
];

function mutate(input: Buffer, r: Rng): Buffer {
  const at = r.int(0, input.length);
  const end = Math.min(input.length, at + r.int(0, 40));
  switch (r.int(0, 9)) {
    case 0: // flip one byte
      if (input.length === 0) return input;
      return Buffer.concat([
        input.subarray(0, at),
        Buffer.from([r.int(0, 255)]),
        input.subarray(at + 1),
      ]);
    case 1: // insert a snippet
      return Buffer.concat([input.subarray(0, at), r.pick(SNIPPETS), input.subarray(at)]);
    case 2: // delete a range
      return Buffer.concat([input.subarray(0, at), input.subarray(end)]);
    case 3: // duplicate a range
      return Buffer.concat([input.subarray(0, end), input.subarray(at, end), input.subarray(end)]);
    case 4: // truncate
      return input.subarray(0, at);
    case 5: {
      // swap two lines
      const lines = input.toString('latin1').split('\n');
      const a = r.int(0, lines.length - 1);
      const b = r.int(0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 6: // junk bytes
      return Buffer.concat([input.subarray(0, at), r.pick(JUNK), input.subarray(at)]);
    case 7: // re-encode: GB18030 or UTF-16
      return r.next() < 0.5
        ? iconv.encode(input.toString('utf8'), 'gb18030')
        : iconv.encode(input.toString('utf8'), 'utf16le');
    case 8: // a long cell
      return Buffer.concat([
        input.subarray(0, at),
        Buffer.alloc(r.int(100, 40_000), 0x61),
        input.subarray(at),
      ]);
    default: // many mutations at once
      return Array.from({ length: r.int(2, 6) }).reduce<Buffer>((b) => mutate(b, r), input);
  }
}

const FILES = ['cases.csv', 'spending.csv', 'budget.csv', 'indicators.csv'];
const work = mkdtempSync(join(tmpdir(), 'xinfang-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadSite() on randomly damaged files', () => {
  it(`never throws: ${MUTATIONS} seeded mutations (seed ${SEED}) end in located errors or a model`, async () => {
    cpSync(TEMPLATE_DIR, work, { recursive: true });
    const originals = new Map(
      FILES.map((f) => [f, readFileSync(join(work, PROJECT_DIR, f))] as const),
    );
    // The sample's payments: GB18030 with CRLF and a 合计 row.
    const sample = readFileSync(
      new URL('../../data/2024/xinfang-jiuzhu/spending.csv', import.meta.url),
    );
    const r = rng(SEED);
    let done = 0;
    let failed = 0;
    let built = 0;
    for (; done < MUTATIONS; done++) {
      const file = r.pick(FILES);
      const base =
        file === 'spending.csv' && r.next() < 0.3 ? sample : (originals.get(file) as Buffer);
      const damaged = mutate(base, r);
      writeFileSync(join(work, PROJECT_DIR, file), damaged);
      const context = `mutation ${done} of ${file} (seed ${SEED})`;
      const site = await loadSite({ root: work, workers: 1 }).catch((error: unknown) => {
        throw new Error(`${context} threw: ${String(error)}`);
      });
      const errors = site.problems.filter((p) => p.severity === 'error');
      for (const p of site.problems) {
        expect(typeof p.message, context).toBe('string');
        expect(p.message.length, context).toBeGreaterThan(0);
        expect(p.message.length, context).toBeLessThan(2000);
        if (p.line !== undefined)
          expect(Number.isInteger(p.line) && p.line >= 1, context).toBe(true);
        // Numbers are never repeated anywhere; a planted name may stand in a header, which is
        // not a 信访人 value (the corpus checks that a 信访人 cell is never repeated).
        for (const value of NUMBERS) {
          expect(`${p.column ?? ''} ${p.message}`, context).not.toContain(value);
        }
      }
      if (errors.length > 0) failed++;
      else {
        expect(site.projectYears, context).toHaveLength(1);
        const [model] = site.projectYears;
        expect(() => model && reportJson(model.report), context).not.toThrow();
        built++;
      }
      writeFileSync(join(work, PROJECT_DIR, file), originals.get(file) as Buffer);
    }
    // Every mutation ran, and both outcomes occurred.
    expect(done).toBe(MUTATIONS);
    expect(failed).toBeGreaterThan(0);
    expect(built).toBeGreaterThan(0);
  }, 600_000);
});
