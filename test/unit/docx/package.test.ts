import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Footer, Packer, PageNumber, Paragraph, Tab, TextRun } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docxText, stableDocx } from '../../../src/lib/docx/package.ts';

/** A minimal package with the given parts, as a word processor would zip it. */
function zipOf(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const body = (xml: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${xml}</w:body></w:document>`;

async function smallDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            children: [new TextRun('总分 97.91分'), new TextRun({ children: [new Tab(), '优'] })],
          }),
          new Paragraph({ children: [new TextRun('<script>alert(1)</script> & “引号”')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('docxText(bytes)', () => {
  it('returns the body a line per paragraph, tabs kept, markup characters as written', async () => {
    const text = docxText(await smallDocx());
    expect(text.split('\n').slice(0, 2)).toEqual([
      '总分 97.91分\t优',
      '<script>alert(1)</script> & “引号”',
    ]);
  });

  it('includes the footer text (page number fields show no code)', async () => {
    const text = docxText(await smallDocx());
    expect(text).toContain('— ');
    expect(text).not.toMatch(/PAGE/);
  });

  it.each([
    [
      'an entity written out once',
      '<w:p><w:r><w:t>&amp;lt;b&amp;gt;</w:t></w:r></w:p>',
      '&lt;b&gt;',
    ],
    ['numeric references', '<w:p><w:r><w:t>&#x31;&#51;8</w:t></w:r></w:p>', '138'],
    [
      'an out-of-range reference left as written',
      '<w:p><w:r><w:t>&#x110000;</w:t></w:r></w:p>',
      '&#x110000;',
    ],
    [
      'runs of one paragraph joined',
      '<w:p><w:r><w:t>1381</w:t></w:r><w:r><w:t xml:space="preserve">234 5678</w:t></w:r></w:p>',
      '1381234 5678',
    ],
    [
      'a line break inside a paragraph',
      '<w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p>',
      '甲\n乙',
    ],
    [
      'tab stops of the paragraph style are no tabs',
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>',
      '甲',
    ],
    [
      'a table cell by cell',
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      'A\nB',
    ],
  ])('reads %s', (_name, xml, expected) => {
    expect(docxText(zipOf({ 'word/document.xml': body(xml) }))).toBe(expected);
  });

  it('reads headers, footnotes, document properties and the text drawn in SVG images', () => {
    const text = docxText(
      zipOf({
        'word/document.xml': body('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'),
        'word/header1.xml': '<w:hdr><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>',
        'word/footnotes.xml': '<w:footnotes><w:p><w:r><w:t>脚注</w:t></w:r></w:p></w:footnotes>',
        'docProps/core.xml':
          '<cp:coreProperties><dc:title>标题 13812345678</dc:title></cp:coreProperties>',
        'word/media/a.svg': '<svg><text x="1">图中文字</text></svg>',
        'word/media/b.png': '\u0089PNG 13900000000',
      }),
    );
    expect(text.split('\n')).toEqual(['正文', '脚注', '页眉', '标题 13812345678', '图中文字']);
  });

  it.each([
    ['bytes that are no zip', strToU8('PK\u0003\u0004 not really')],
    ['an empty file', new Uint8Array()],
    ['text', strToU8('<w:document/>')],
  ])('throws a Chinese message for %s', (_name, bytes) => {
    expect(() => docxText(bytes)).toThrow('不是有效的 Word 文档（.docx 应为 zip 压缩包）');
  });

  it('throws when the zip holds no word/document.xml', () => {
    expect(() => docxText(zipOf({ 'word/other.xml': '<a/>' }))).toThrow(
      '不是有效的 Word 文档：缺少 word/document.xml',
    );
  });
});

describe('stableDocx(bytes, date)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes for documents made at different times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
    const first = await smallDocx();
    vi.setSystemTime(new Date('2027-06-07T08:09:10Z'));
    const second = await smallDocx();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    expect(
      Buffer.from(stableDocx(first, '2025-03-20')).equals(
        Buffer.from(stableDocx(second, '2025-03-20')),
      ),
    ).toBe(true);
  });

  it('dates the core properties with the report date and keeps every part', async () => {
    const original = await smallDocx();
    const stable = stableDocx(original, '2025-03-20');
    const parts = unzipSync(stable);
    const names = Object.keys(parts);
    expect(names.slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
    expect([...names].sort()).toEqual(Object.keys(unzipSync(original)).sort());
    const core = strFromU8(parts['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toMatch(/<dcterms:created[^>]*>2025-03-20T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2025-03-20T00:00:00Z<\/dcterms:modified>/);
    const undated = (t: string) => t.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '');
    expect(undated(docxText(stable))).toBe(undated(docxText(original)));
  });

  it('numbers drawings from 1 in each document, whatever was made before', () => {
    const xml = body(
      '<wp:docPr id="7" name="a"/><pic:cNvPr id="0" name="a"/><wp:docPr id="9" name="b"/><pic:cNvPr id="0" name="b"/>',
    );
    const out = strFromU8(
      unzipSync(stableDocx(zipOf({ 'word/document.xml': xml }), '2025-01-01'))[
        'word/document.xml'
      ] ?? new Uint8Array(),
    );
    expect([...out.matchAll(/id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '1', '2', '2']);
  });

  it.each([
    '2025-3-20',
    '',
    '2025-03-20T00:00:00Z',
    '20250320',
    '2025-13-40',
    '2025-02-29',
    '1899-12-31',
  ])('refuses the date %j', async (date) => {
    expect(() => stableDocx(zipOf({ 'word/document.xml': body('') }), date)).toThrow(
      '不是有效日期',
    );
  });
});
