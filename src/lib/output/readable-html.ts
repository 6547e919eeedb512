/**
 * Puts compressed HTML back on many lines, so that a line diff of two builds shows what changed.
 * Line breaks go only where whitespace cannot show on the page: before block-level and table
 * tags, never inside text or inside <script>, <style>, <pre> and <textarea>.
 */
const BLOCK_TAGS = [
  'html',
  'head',
  'body',
  'header',
  'footer',
  'main',
  'nav',
  'section',
  'article',
  'aside',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
  'meta',
  'link',
  'title',
  'script',
  'style',
  'noscript',
  'form',
  'details',
  'summary',
  'hr',
  'blockquote',
];

const BLOCK_OPENING = new RegExp(`<(?:${BLOCK_TAGS.join('|')})\\b`, 'g');
/** Elements whose content is kept byte for byte. */
const RAW = /<(script|style|pre|textarea)\b[^>]*>[\s\S]*?<\/\1>/g;
/**
 * Table rows the site wrote one block per line itself (a ledger page's thousand rows,
 * src/lib/ledger/html.ts): kept as they are, so such a page costs a search, not a rewrite.
 */
export const READABLE_TBODY = '<tbody data-readable>';

/** The page one block per line: what a line diff of two builds compares. */
export function readableHtml(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const at = html.indexOf(READABLE_TBODY, from);
    const end = at === -1 ? -1 : html.indexOf('</tbody>', at);
    if (end === -1) break;
    out = joinLines(out, blockLines(html.slice(from, at)));
    // Its own line, like any block; the rows keep the lines they were written with.
    out = joinLines(out, `\n${html.slice(at, end)}`);
    from = end;
  }
  out = joinLines(out, blockLines(html.slice(from))).replace(/^\n/, '');
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** A break before every block tag outside RAW elements and before each of those; no blank lines. */
function blockLines(html: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of html.matchAll(RAW)) {
    parts.push(html.slice(last, m.index).replace(BLOCK_OPENING, '\n$&'), `\n${m[0]}`);
    last = m.index + m[0].length;
  }
  parts.push(html.slice(last).replace(BLOCK_OPENING, '\n$&'));
  return parts.join('').replace(/\n{2,}/g, '\n');
}

/** `a + b`, with one line break where a ends and b starts with one. */
function joinLines(a: string, b: string): string {
  return a.endsWith('\n') && b.startsWith('\n') ? a + b.slice(1) : a + b;
}
