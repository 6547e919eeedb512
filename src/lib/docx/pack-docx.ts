/** A docx Document packed into a byte-stable .docx (the same input gives the same bytes). */
import { Packer } from 'docx';
import type { Document } from 'docx';
import { stableDocx, stablePackage } from './package.ts';

/** What docx's Packer zips: the package's files by path, in order (not part of its public API). */
interface DocxCompiler {
  compile(file: Document): Map<string, string | ArrayBufferView | ArrayBuffer>;
}

/** A part's data as bytes, as docx's own zip takes it (text as UTF-8). */
function bytesOf(data: string | ArrayBufferView | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * The document as a byte-stable .docx. docx's Packer zips the package's files and
 * `stableDocx` has to unzip and zip them again; where docx lets us have the files before its
 * zip (its Packer's compiler, which docx 9 has), they are zipped once, into the same bytes.
 * Otherwise (another docx version) the Packer's zip is rewritten as before.
 */
export async function packDocx(
  doc: Document,
  date: string,
  viaPacker = false,
): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (!viaPacker && typeof compiler?.compile === 'function') {
    const files = compiler.compile(doc);
    if (files instanceof Map) {
      const entries: Record<string, Uint8Array> = {};
      for (const [path, data] of files) entries[path] = bytesOf(data);
      return stablePackage(entries, date);
    }
  }
  return stableDocx(new Uint8Array(await Packer.toBuffer(doc)), date);
}
