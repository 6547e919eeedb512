import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../src/lib/read/decode.ts';
import { CASES_HEADER, csv, formatted, readCases, utf8 } from '../support/tables.ts';

const SAVE_AS = '请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再提交';
const UTF16 = `文件是 UTF-16 编码（Excel 的“Unicode 文本”格式），${SAVE_AS}`;
const BINARY = `不是文本文件（含二进制内容），${SAVE_AS}`;
const UNKNOWN = `文件编码无法识别：既不是 UTF-8，也不是 GB18030/GBK，${SAVE_AS}`;

const TEXT = csv(
  CASES_HEADER,
  'A01,罗某厚,P1,东城街道,征地拆迁,2024-01-05,2024-02-01,已化解,是,满意',
);
const BOM = [0xef, 0xbb, 0xbf];
const bytes = (...parts: (Uint8Array | readonly number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeCsv(bytes)', () => {
  it.each([
    ['UTF-8', utf8(TEXT)],
    ['UTF-8 (BOM)', bytes(BOM, utf8(TEXT))],
    ['GB18030', iconv.encode(TEXT, 'gbk')],
    ['GB18030', iconv.encode(TEXT, 'gb18030')],
  ] as const)('detects %s and returns the text unchanged', (encoding, input) => {
    expect(decodeCsv(input)).toEqual({ ok: true, text: TEXT, encoding });
  });

  it('drops the BOM so the first header cell is “案件编号”, not “\\uFEFF案件编号”', () => {
    const result = decodeCsv(bytes(BOM, utf8('案件编号\n')));
    expect(result.ok && result.text).toBe('案件编号\n');
  });

  it('reads GB18030 four-byte characters that GBK lacks (𠮷, €)', () => {
    const text = '信访人,备注\n𠮷某,€\n';
    expect(decodeCsv(iconv.encode(text, 'gb18030'))).toEqual({
      ok: true,
      text,
      encoding: 'GB18030',
    });
  });

  it.each([
    ['UTF-16LE with BOM', iconv.encode(TEXT, 'utf16le', { addBOM: true })],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], iconv.encode(TEXT, 'utf16be'))],
    ['UTF-16LE without BOM', iconv.encode(TEXT, 'utf16le')],
    ['UTF-16BE without BOM', iconv.encode(TEXT, 'utf16be')],
    [
      'UTF-16LE without BOM, mostly Chinese',
      iconv.encode('案件编号,信访人\nA1,罗某厚\n', 'utf16le'),
    ],
  ])('refuses %s, saying it is UTF-16', (_, input) => {
    expect(decodeCsv(input)).toEqual({ ok: false, message: UTF16 });
  });

  it('refuses an empty file', () => {
    expect(decodeCsv(new Uint8Array())).toEqual({ ok: false, message: '文件为空（0 字节）' });
  });

  it.each([
    // PNG signature `\x89PNG\r\n\x1a\n`: its two LFs put the first NUL on line 3.
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 3],
    ['an .xlsx (zip) file', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0]), 1],
    ['a CSV with a stray NUL on line 3', utf8('a,b\n1,2\n3,\u00004\n'), 3],
  ])('refuses %s as binary, with the line of the first NUL', (_, input, line) => {
    expect(decodeCsv(input)).toEqual({ ok: false, message: BINARY, line });
  });

  it('refuses UTF-8 text full of control characters, with the line', () => {
    expect(decodeCsv(utf8('a,b\n1,2\n\u0001\u0002,\u0003\n'))).toEqual({
      ok: false,
      message: `文件含有控制字符或乱码，不像是 Excel 导出的 CSV，${SAVE_AS}`,
      line: 3,
    });
  });

  it('refuses a UTF-8 file with a GBK line pasted in, naming that line', () => {
    const mixed = bytes(utf8('案件编号,信访人\nA1,罗某厚\n'), iconv.encode('A2,周某武\n', 'gbk'));
    expect(decodeCsv(mixed)).toEqual({
      ok: false,
      message: `文件大部分是 UTF-8，但含有无法按 UTF-8 解读的字节（可能混入了其他编码的内容），${SAVE_AS}`,
      line: 3,
    });
  });

  it('refuses a GBK file with a UTF-8 line pasted in, naming that line', () => {
    const mixed = bytes(iconv.encode('案件编号,信访人\nA1,罗某厚\n', 'gbk'), utf8('A2,张某三\n'));
    expect(decodeCsv(mixed)).toEqual({ ok: false, message: UNKNOWN, line: 3 });
  });

  it('refuses a file marked UTF-8 by its BOM that holds GBK bytes, naming the line', () => {
    const input = bytes(BOM, utf8('案件编号,信访人\n'), iconv.encode('A1,罗某厚\n', 'gbk'));
    expect(decodeCsv(input)).toEqual({
      ok: false,
      message: `文件开头标明是 UTF-8（带 BOM），但含有不是 UTF-8 的字节，${SAVE_AS}`,
      line: 2,
    });
  });

  it('refuses Latin-1 text, which is neither UTF-8 nor GB18030', () => {
    const latin1 = Uint8Array.from(
      Buffer.from('name,city\ncaf\xe9,na\xefve\n\xff\xfe\n', 'latin1'),
    );
    expect(decodeCsv(latin1)).toEqual({ ok: false, message: UNKNOWN, line: 2 });
  });
});

describe('readTable(file, bytes, spec) on undecodable bytes', () => {
  it.each([
    [new Uint8Array(), 'data/2024/demo/cases.csv: 文件为空（0 字节）'],
    [iconv.encode(TEXT, 'utf16le', { addBOM: true }), `data/2024/demo/cases.csv: ${UTF16}`],
    [
      bytes(utf8('案件编号,信访人\nA1,罗某厚\n'), iconv.encode('A2,周某武\n', 'gbk')),
      `data/2024/demo/cases.csv:3: 文件大部分是 UTF-8，但含有无法按 UTF-8 解读的字节（可能混入了其他编码的内容），${SAVE_AS}`,
    ],
  ])('reports one error naming the file and reads no record (%#)', (input, message) => {
    const table = readCases(input);
    expect(formatted(table.problems)).toEqual([message]);
    expect(table.records).toEqual([]);
    expect(table.encoding).toBeUndefined();
  });

  it('reads a GB18030 file like the same file in UTF-8 and records the encoding', () => {
    const fromGb = readCases(iconv.encode(TEXT.replace(/\n/g, '\r\n'), 'gb18030'));
    const fromUtf8 = readCases(TEXT);
    expect(fromGb.encoding).toBe('GB18030');
    expect(fromGb.problems).toEqual([]);
    expect(fromGb.records).toEqual(fromUtf8.records);
  });
});
