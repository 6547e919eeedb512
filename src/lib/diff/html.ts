/**
 * A small HTML reader for the site's own pages: enough to find the report sections by their
 * `data-section` attribute and read their narrative as text. The pages are the build's own
 * well-formed output, so a forgiving tag reader does; it never needs to render anything.
 */
import { decodeEntities } from '../base/html.ts';

export interface HtmlElement {
  tag: string;
  attrs: Map<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text, not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attrsOf(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1];
    if (name) attrs.set(name.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** parseHtml(html) → a root element holding the document's nodes. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    if (m.index > last) top().children.push(decodeEntities(html.slice(last, m.index)));
    last = TOKEN.lastIndex;
    const [, closing, rawTag, rest = ''] = m;
    if (rawTag === undefined) continue; // comment or doctype
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: HtmlElement = { tag, attrs: attrsOf(rest), children: [] };
    top().children.push(element);
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, last);
      const stop = end < 0 ? html.length : end;
      element.children.push(html.slice(last, stop));
      const close = html.indexOf('>', stop);
      last = close < 0 ? html.length : close + 1;
      TOKEN.lastIndex = last;
    } else if (!VOID.has(tag) && !rest.trimEnd().endsWith('/')) {
      stack.push(element);
    }
  }
  if (last < html.length) top().children.push(decodeEntities(html.slice(last)));
  return root;
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return (element.attrs.get('class') ?? '').split(/\s+/).includes(name);
}

/** Elements matching `test` in document order, not looking inside those for which `skip` holds. */
export function findAll(
  node: HtmlElement,
  test: (e: HtmlElement) => boolean,
  skip: (e: HtmlElement) => boolean = () => false,
): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (e: HtmlElement) => {
    for (const child of e.children) {
      if (typeof child === 'string') continue;
      if (test(child)) found.push(child);
      if (!skip(child)) walk(child);
    }
  };
  walk(node);
  return found;
}

/** The text of a node, whitespace collapsed. */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'script' || node.tag === 'style') return '';
  return node.children.map(textOf).join('').replace(/\s+/g, ' ').trim();
}
