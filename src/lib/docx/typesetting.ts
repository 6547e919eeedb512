/**
 * How the Word documents look on paper: 公文 fonts as bureau machines name them and their sizes
 * (in half-points), the body's fixed line spacing, A4 with the print pages' margins
 * (src/styles/print.css, @page doc, doc-landscape), page numbers “— 1 —”, and the document's
 * styles, so Word's navigation pane and generated table of contents work.
 */
import {
  AlignmentType,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
} from 'docx';
import type { ISectionOptions, Table } from 'docx';

export const FONT_TITLE = '方正小标宋简体';

const FONT_BODY = '仿宋_GB2312';

export const FONT_H1 = '黑体';

export const FONT_H2 = '楷体_GB2312';

const FONT_LATIN = 'Times New Roman';

/** 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt. */
export const SIZE_TITLE = 44;

export const SIZE_BODY = 32;

const SIZE_FOOTER = 28;

export const SIZE_TABLE = 21;

/** Fixed line spacing of 28.9pt (in twips): 22 lines to an A4 page, as 公文 are set. */
export const LINE_BODY = 578;

/** Two characters of 三号 (16pt each) as a first-line indent, in twips. */
export const INDENT_BODY = 640;

export function fonts(eastAsia: string) {
  return { ascii: FONT_LATIN, hAnsi: FONT_LATIN, eastAsia, cs: FONT_LATIN };
}

const A4 = { short: 11906, long: 16838 };

const PORTRAIT_MARGIN = { top: 37, right: 26, bottom: 35, left: 28 };

const LANDSCAPE_MARGIN = { top: 12, right: 20, bottom: 14, left: 20 };

const mm = (v: number) => convertMillimetersToTwip(v);

export const PORTRAIT_WIDTH = A4.short - mm(PORTRAIT_MARGIN.left) - mm(PORTRAIT_MARGIN.right);

export const LANDSCAPE_WIDTH = A4.long - mm(LANDSCAPE_MARGIN.left) - mm(LANDSCAPE_MARGIN.right);

/** One character of 四号 (14pt), in twips: how far a page number sits in from the text's edge. */
const FOOTER_INDENT = 280;

/**
 * Page numbers as GB/T 9704 prints them: “— 1 —” in 宋体 四号, odd numbers at the right and even
 * numbers at the left, one character in from the edge of the text (the document sets
 * evenAndOddHeaderAndFooters, see report-docx.ts).
 */
function pageFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: FOOTER_INDENT } : { left: FOOTER_INDENT },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fonts('宋体'),
            size: SIZE_FOOTER,
          }),
        ],
      }),
    ],
  });
}

export function section(
  landscape: boolean,
  children: ISectionOptions['children'],
): ISectionOptions {
  const margin = landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN;
  return {
    properties: {
      page: {
        size: {
          width: A4.short,
          height: A4.long,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mm(margin.top),
          right: mm(margin.right),
          bottom: mm(margin.bottom),
          left: mm(margin.left),
          header: mm(12),
          footer: mm(10),
        },
      },
    },
    footers: { default: pageFooter('odd'), even: pageFooter('even') },
    children,
  };
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  font: string;
  size: number;
}

export const BODY: RunStyle = { font: FONT_BODY, size: SIZE_BODY };

export const TABLE_TEXT: RunStyle = { font: FONT_BODY, size: SIZE_TABLE };

/** Single line spacing in tables, captions and charts (the body's fixed 28.5pt is for prose). */
export const TABLE_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

export const STYLES = {
  default: {
    document: {
      run: { font: fonts(FONT_BODY), size: SIZE_BODY },
      paragraph: { spacing: { line: LINE_BODY, lineRule: LineRuleType.EXACT } },
    },
    title: {
      run: { font: fonts(FONT_TITLE), size: SIZE_TITLE, bold: false, color: '000000' },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 280, line: 700, lineRule: LineRuleType.EXACT },
      },
    },
    heading1: {
      run: { font: fonts(FONT_H1), size: SIZE_BODY, bold: false, color: '000000' },
      paragraph: {
        indent: { firstLine: INDENT_BODY },
        keepNext: true,
        outlineLevel: 0,
        spacing: { before: 0, after: 0, line: LINE_BODY, lineRule: LineRuleType.EXACT },
      },
    },
    heading2: {
      run: { font: fonts(FONT_H2), size: SIZE_BODY, bold: false, italics: false, color: '000000' },
      paragraph: {
        indent: { firstLine: INDENT_BODY },
        keepNext: true,
        outlineLevel: 1,
        spacing: { before: 0, after: 0, line: LINE_BODY, lineRule: LineRuleType.EXACT },
      },
    },
  },
};

/** What the page's parts become in the document: paragraphs and tables. */
export type Block = Paragraph | Table;
