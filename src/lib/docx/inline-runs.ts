/**
 * The report page's text as Word runs: an element's inline content with bold and italics, line
 * breaks, and white space collapsed as a browser shows it; the parts of the page that are for the
 * screen only left out; characters XML cannot hold removed.
 */
import { TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import { NodeType } from 'node-html-parser';
import type { HTMLElement, Node } from 'node-html-parser';
import type { RunStyle } from './typesetting.ts';
import { fonts } from './typesetting.ts';
import { PAGE_CLASS } from '../base/page-markup.ts';

/** Parts of the page that are for the screen only: links to other pages, buttons, hidden text. */
export function skipped(el: HTMLElement): boolean {
  const tag = el.tagName?.toLowerCase();
  if (tag === 'nav' || tag === 'script' || tag === 'style' || tag === 'summary') return true;
  if (tag === 'a' && el.classList.contains(PAGE_CLASS.printLink)) return true;
  if (el.classList.contains(PAGE_CLASS.visuallyHidden) || el.classList.contains('screen-only'))
    return true;
  // A note that is only a link to another page of the site (“与上年对比：…”) means nothing on paper.
  if (tag === 'p') {
    const links = el.querySelectorAll('a');
    if (links.length > 0 && normalize(links.map((a) => a.text).join('')) === normalize(el.text))
      return true;
  }
  return false;
}

/**
 * HTML's white space (space, tab, line feed, form feed, carriage return): what a browser
 * collapses. Not JavaScript's \s, which also takes the ideographic space U+3000 and the
 * no-break space that a report's text uses on purpose.
 */
const HTML_SPACE = /[ \t\n\f\r]+/g;

export function normalize(text: string): string {
  return text.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
}

export function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

type Segment = { text: string; style: RunStyle } | { break: true; style: RunStyle };

/** Inline content as styled pieces of text; `<br>` breaks the line. */
function segments(node: Node, style: RunStyle, out: Segment[] = []): Segment[] {
  for (const child of node.childNodes) {
    if (isElement(child)) {
      if (skipped(child)) continue;
      const tag = child.tagName.toLowerCase();
      if (tag === 'br') out.push({ break: true, style });
      else if (tag === 'b' || tag === 'strong') segments(child, { ...style, bold: true }, out);
      else if (tag === 'em' || tag === 'i') segments(child, { ...style, italics: true }, out);
      // A badge on screen (向好, 人工) is a word in brackets on paper.
      else if (child.classList.contains('yoy-word') || child.classList.contains('flag-manual'))
        out.push({ text: `（${normalize(child.text)}）`, style });
      else segments(child, style, out);
    } else if (child.nodeType === NodeType.TEXT_NODE) {
      out.push({ text: child.text, style });
    }
  }
  return out;
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.font === b.font && a.size === b.size && !a.bold === !b.bold && !a.italics === !b.italics;
}

/**
 * An element's inline content as Word runs, with white space collapsed as a browser shows it:
 * runs of spaces and line breaks become one space, none at the start or end of a line.
 */
export function inlineRuns(el: HTMLElement, style: RunStyle): ParagraphChild[] {
  const merged: Segment[] = [];
  for (const seg of segments(el, style)) {
    const last = merged[merged.length - 1];
    if ('text' in seg) {
      let text = seg.text.replace(HTML_SPACE, ' ');
      const atLineStart = !last || 'break' in last || last.text.endsWith(' ');
      if (atLineStart) text = text.replace(/^ /, '');
      if (!text) continue;
      if (last && 'text' in last && sameStyle(last.style, seg.style)) last.text += text;
      else merged.push({ text, style: seg.style });
    } else {
      if (last && 'text' in last) last.text = last.text.replace(/ $/, '');
      merged.push(seg);
    }
  }
  const tail = merged[merged.length - 1];
  if (tail && 'text' in tail) tail.text = tail.text.replace(/ $/, '');
  return merged
    .filter((seg) => !('text' in seg) || seg.text !== '')
    .map((seg) =>
      'text' in seg
        ? textRun(seg.text, seg.style)
        : new TextRun({ break: 1, font: fonts(seg.style.font), size: seg.style.size }),
    );
}

/**
 * Text with the characters XML 1.0 cannot hold removed (C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF): Word refuses a document that has one, and a
 * browser shows none of them anyway.
 */
export function xmlSafe(text: string): string {
  let out = '';
  // By code point: a lone surrogate comes on its own, a pair as one.
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const control = cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d;
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (!control && !surrogate && cp !== 0xfffe && cp !== 0xffff) out += ch;
  }
  return out;
}

export function textRun(text: string, style: RunStyle): TextRun {
  const options: IRunOptions = {
    text: xmlSafe(text),
    font: fonts(style.font),
    size: style.size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  };
  return new TextRun(options);
}
