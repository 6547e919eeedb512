/**
 * Bytes → text. Bureaus hand in what Excel writes: "CSV UTF-8" (with a BOM), plain UTF-8,
 * or "CSV (逗号分隔)" on a Chinese Windows machine (GB18030/GBK). Anything else is refused
 * with a message saying what to do, never decoded into silent mojibake.
 */
import { isUtf8 } from 'node:buffer';
import {
  firstInvalidGb18030,
  firstInvalidUtf8,
  looksUtf16,
  mostlyUtf8,
  startsWith,
} from './byte-encodings.ts';

export type Encoding = 'UTF-8' | 'UTF-8 (BOM)' | 'GB18030';

export type DecodeResult =
  { ok: true; text: string; encoding: Encoding } | { ok: false; message: string; line?: number };

const SAVE_AS = '请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再提交';

const utf8 = new TextDecoder('utf-8', { fatal: true });

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** Decodes a CSV file's bytes, detecting UTF-8 (with or without BOM) and GB18030/GBK. */
export function decodeCsv(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: '文件为空（0 字节）' };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes)) {
    return { ok: false, message: `文件是 UTF-16 编码（Excel 的“Unicode 文本”格式），${SAVE_AS}` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      message: `不是文本文件（含二进制内容），${SAVE_AS}`,
      line: lineAt(bytes, nul),
    };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8(body);
      return {
        ok: false,
        message: `文件开头标明是 UTF-8（带 BOM），但含有不是 UTF-8 的字节，${SAVE_AS}`,
        line: lineAt(body, bad),
      };
    }
    return checkText(utf8.decode(body), 'UTF-8 (BOM)');
  }
  if (isUtf8(bytes)) return checkText(utf8.decode(bytes), 'UTF-8');

  const bad = firstInvalidUtf8(bytes);
  if (mostlyUtf8(bytes)) {
    return {
      ok: false,
      message: `文件大部分是 UTF-8，但含有无法按 UTF-8 解读的字节（可能混入了其他编码的内容），${SAVE_AS}`,
      line: lineAt(bytes, bad),
    };
  }
  let text: string;
  try {
    text = gb18030.decode(bytes);
  } catch {
    // Point at the first byte that is not GB18030 either: in a GBK file with a pasted-in UTF-8
    // line, that is the line to look at, not the first Chinese character of the file.
    const badGb = firstInvalidGb18030(bytes);
    return {
      ok: false,
      message: `文件编码无法识别：既不是 UTF-8，也不是 GB18030/GBK，${SAVE_AS}`,
      line: lineAt(bytes, badGb < bytes.length ? badGb : bad),
    };
  }
  return checkText(text, 'GB18030');
}

/**
 * Text that decoded but is full of control characters or rare code points is binary junk or a
 * wrong guess; refuse it rather than read garbage.
 */
function checkText(text: string, encoding: Encoding): DecodeResult {
  // The regex scans a clean file far faster than a loop; the loop runs only to locate a find.
  if (!ODD.test(text)) return { ok: true, text, encoding };
  let odd = 0;
  let firstOdd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
    const unusual = control || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd;
    if (unusual) {
      odd++;
      if (firstOdd < 0) firstOdd = i;
    }
  }
  if (odd > 0) {
    const line = countLines(text, firstOdd);
    return encoding === 'GB18030'
      ? {
          ok: false,
          message: `文件编码无法识别：既不是 UTF-8，也不是 GB18030/GBK，${SAVE_AS}`,
          line,
        }
      : { ok: false, message: `文件含有控制字符或乱码，不像是 Excel 导出的 CSV，${SAVE_AS}`, line };
  }
  return { ok: true, text, encoding };
}

// eslint-disable-next-line no-control-regex
const ODD = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff\ufffd]/;

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}
