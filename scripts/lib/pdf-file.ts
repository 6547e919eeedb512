/**
 * Just enough reading of the PDF files Chromium writes (Skia: plain object dictionaries, no
 * object streams) to count their pages and to find the page each named destination — a
 * `#section` a link in the document points to — lands on. Not a general PDF reader.
 */

/** The text of object `n 0 obj … endobj`, or undefined. */
function object(pdf: string, n: number): string | undefined {
  const start = new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\b`).exec(pdf);
  if (!start) return undefined;
  const end = pdf.indexOf('endobj', start.index);
  return end < 0 ? undefined : pdf.slice(start.index, end);
}

/** The catalog object's text (`/Type /Catalog` … `endobj`). */
function catalogOf(pdf: string): string {
  const at = pdf.search(/\/Type\s*\/Catalog\b/);
  if (at < 0) throw new Error('PDF 中没有文档目录（/Catalog）');
  return pdf.slice(at, pdf.indexOf('endobj', at));
}

function reference(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/** Number of pages: `/Type /Page` objects (not `/Pages`). */
export function pageCount(pdf: Buffer | string): number {
  const text = typeof pdf === 'string' ? pdf : pdf.toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Page object numbers in reading order, from the catalog's page tree. */
function pageOrder(pdf: string): number[] {
  const root = reference(catalogOf(pdf), 'Pages');
  if (root === undefined) throw new Error('PDF 中没有页面树（/Pages）');
  const pages: number[] = [];
  const visit = (n: number, depth: number) => {
    if (depth > 32) throw new Error('PDF 页面树层级过深');
    const dict = object(pdf, n) ?? '';
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1];
    if (/\/Type\s*\/Pages\b/.test(dict) && kids !== undefined) {
      for (const m of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(m[1]), depth + 1);
    } else {
      pages.push(n);
    }
  };
  visit(root, 0);
  return pages;
}

/**
 * A destination's name as the element's id: Chromium names it by the link's URL fragment, which
 * is percent-encoded where the id is not ASCII (a heading `（一）主要经验` has the id `一主要经验`).
 */
function fragmentText(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Named destination → page number (1-based), from the catalog's `/Dests` dictionary. Chromium
 * writes one for every element id that a link in the document points to.
 */
export function destinationPages(data: Buffer): Map<string, number> {
  const pdf = data.toString('latin1');
  const dests = reference(catalogOf(pdf), 'Dests');
  const result = new Map<string, number>();
  if (dests === undefined) return result;
  const order = pageOrder(pdf);
  const dict = object(pdf, dests) ?? '';
  for (const m of dict.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const name = fragmentText(
      decodeURIComponent((m[1] ?? '').replace(/#([0-9a-fA-F]{2})/g, '%$1')),
    );
    const index = order.indexOf(Number(m[2]));
    if (index >= 0) result.set(name, index + 1);
  }
  return result;
}
