/**
 * The narrative of a built report page, section by section, as plain text. Each section is the
 * element with `data-section="<key>"`; its narrative is the written prose (`.prose`, or the
 * “（待填写）” placeholder), one paragraph a line. Figures quoted in the prose are written by the
 * name they quote (`〔资金支出总额〕`) and tables and charts by their caption, so a changed figure
 * shows once, among the figures, and not again as a change of wording.
 */
import type { HtmlElement, HtmlNode } from './html.ts';
import { findAll, hasClass, parseHtml, textOf } from './html.ts';
import { PAGE_ATTR, PAGE_CLASS } from '../base/page-markup.ts';

export interface NarrativeSection {
  /** `guocheng` */
  key: string;
  /** The heading as the page shows it: `（二）项目过程情况`. */
  title: string;
  /** The prose, a paragraph a line; empty when the section has none. */
  text: string;
}

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'tr',
  'dl',
  'dt',
  'dd',
  'section',
  'pre',
]);

const SKIPPED = new Set(['script', 'style', 'button', 'template', 'canvas', 'img']);

function captionOf(element: HtmlElement, tag: string): string {
  const caption = findAll(element, (e) => e.tag === tag)[0];
  return caption ? textOf(caption) : '';
}

function proseText(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (SKIPPED.has(node.tag) || hasClass(node, PAGE_CLASS.tableNote)) return '';
  const figure = node.attrs.get(PAGE_ATTR.figure);
  if (figure !== undefined) return `〔${figure}〕`;
  if (node.tag === 'figure') return `\n［图：${captionOf(node, 'figcaption')}］\n`;
  if (node.tag === 'table') return `\n［表：${captionOf(node, 'caption')}］\n`;
  const inner = node.children.map(proseText).join('');
  return BLOCK.has(node.tag) ? `\n${inner}\n` : inner;
}

/** Paragraphs one a line, whitespace inside a line collapsed. */
function lines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function headingOf(section: HtmlElement): string {
  const heading = section.children.find(
    (c): c is HtmlElement => typeof c !== 'string' && /^h[1-6]$/.test(c.tag),
  );
  if (!heading) return '';
  // The heading without its “打印本节” link.
  return heading.children
    .filter((c) => typeof c === 'string' || !hasClass(c, PAGE_CLASS.printLink))
    .map(textOf)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** narrativeSections(html): every `data-section` of a report page, in page order. */
export function narrativeSections(html: string): NarrativeSection[] {
  const root = parseHtml(html);
  const isSection = (e: HtmlElement) => e.attrs.has(PAGE_ATTR.section);
  return findAll(root, isSection).map((section) => {
    const prose = findAll(
      section,
      (e) => hasClass(e, PAGE_CLASS.prose) || hasClass(e, PAGE_CLASS.pending),
      (e) => isSection(e) || hasClass(e, PAGE_CLASS.prose),
    );
    return {
      key: section.attrs.get(PAGE_ATTR.section) ?? '',
      title: headingOf(section),
      text: lines(prose.map(proseText).join('\n')),
    };
  });
}
