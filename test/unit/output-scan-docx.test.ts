import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scanDocx } from '../../src/lib/output/scan.ts';

/** A minimal .docx: one paragraph per entry, each run of a paragraph in its own w:t. */
function docx(paragraphs: string[][]): Uint8Array {
  const body = paragraphs
    .map((runs) => `<w:p>${runs.map((t) => `<w:r><w:t>${t}</w:t></w:r>`).join('')}</w:p>`)
    .join('');
  const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml) });
}

describe('scanDocx(file, bytes)', () => {
  it.each([
    ['a mobile number in one run', [['联系电话13912345678']], 'mobile'],
    ['a mobile number split over three runs', [['139', '1234', '5678']], 'mobile'],
    ['a mobile number with dashes', [['请拨 139-1234-5678']], 'mobile'],
    ['an ID-card number', [['身份证 110101199003074573']], 'idcard'],
  ])('finds %s, at the paragraph line', (_, paragraphs, kind) => {
    const findings = scanDocx('2024/x/report.docx', docx([['标题'], ...paragraphs]));
    expect(findings).toEqual([{ file: '2024/x/report.docx', line: 2, kind }]);
  });

  it.each([
    ['amounts', [['资金支出总额 7,686,979.00元（768.70万元）']]],
    ['dates and case numbers', [['XF2019-0032 于 2024-03-05 化解，凭证 BF2024-0008']]],
    ['a score table', [['97.91'], ['9.61'], ['优']]],
  ])('passes %s', (_, paragraphs) => {
    expect(scanDocx('a.docx', docx(paragraphs))).toEqual([]);
  });

  it('refuses to pass a document it cannot read, naming the file', () => {
    expect(() => scanDocx('2024/x/annex.docx', strToU8('not a zip'))).toThrow(
      /^2024\/x\/annex\.docx: 输出检查无法读取这个 Word 文档/,
    );
  });
});

describe('scanDocx(file, bytes) reads each paragraph as a block', () => {
  it('passes a column of axis ticks or small counts, one per paragraph', () => {
    const ticks = ['0', '0.5', '1.0', '1.5', '2.0', '2.5', '3.0', '3.5', '4.0'].map((t) => [t]);
    const counts = ['1', '3', '9', '1', '2', '3', '4', '5', '6', '7', '8'].map((t) => [t]);
    expect(scanDocx('a.docx', docx(ticks))).toEqual([]);
    expect(scanDocx('a.docx', docx(counts))).toEqual([]);
  });

  it('still finds a number whose digits are single-digit groups inside one paragraph', () => {
    expect(scanDocx('a.docx', docx([['1 3 9 1 2 3 4 5 6 7 8']]))).toEqual([
      { file: 'a.docx', line: 1, kind: 'mobile' },
    ]);
  });
});
