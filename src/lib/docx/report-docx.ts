/**
 * The report as an editable Word document (report.docx) and its 自评表 alone (annex.docx), made
 * from the report page the build has just written.
 *
 * Why from the built page, and not from the model and the MDX again: the page is where every
 * figure has already been computed once and formatted once (src/lib/report/format.ts, the figure
 * components in the narrative, the report components), so taking its text guarantees that the
 * Word document says exactly what the page says — the same headings in the same order, the same
 * narrative with the same figures, the same tables and charts — with nothing recomputed,
 * reformatted or re-rendered by a second code path that could drift. This module only decides
 * how each part of the page looks on paper: 公文 fonts and sizes, Word heading styles (the
 * navigation pane and a generated table of contents work), A4 with the site's print margins,
 * page numbers “— 1 —”, the 自评表 as one Word table with merged cells on a landscape page, and
 * each chart as the site's own SVG (with a PNG for word processors that cannot draw SVG) followed
 * by its data table.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { IRunOptions, ISectionOptions, ParagraphChild } from 'docx';
import { NodeType, parse } from 'node-html-parser';
import type { HTMLElement, Node } from 'node-html-parser';
import { chartFontFiles, chartPngs } from './chart-image.ts';
import type { ChartDrawing } from './chart-image.ts';
import { stableDocx, stablePackage } from './package.ts';

// ---- 公文 type: fonts as bureau machines name them, sizes in half-points ------------------

const FONT_TITLE = '方正小标宋简体';
const FONT_BODY = '仿宋_GB2312';
const FONT_H1 = '黑体';
const FONT_H2 = '楷体_GB2312';
const FONT_LATIN = 'Times New Roman';
/** 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt. */
const SIZE_TITLE = 44;
const SIZE_BODY = 32;
const SIZE_FOOTER = 28;
const SIZE_TABLE = 21;
/** Fixed line spacing of 28.5pt (in twips): 22 lines to an A4 page, as 公文 are set. */
const LINE_BODY = 570;
/** Two characters of 三号 (16pt each) as a first-line indent, in twips. */
const INDENT_BODY = 640;

function fonts(eastAsia: string) {
  return { ascii: FONT_LATIN, hAnsi: FONT_LATIN, eastAsia, cs: FONT_LATIN };
}

// ---- Paper: A4 with the print pages' margins (src/styles/print.css, @page doc, doc-landscape) -

const A4 = { short: 11906, long: 16838 };
const PORTRAIT_MARGIN = { top: 37, right: 26, bottom: 35, left: 28 };
const LANDSCAPE_MARGIN = { top: 12, right: 20, bottom: 14, left: 20 };
const mm = (v: number) => convertMillimetersToTwip(v);
const PORTRAIT_WIDTH = A4.short - mm(PORTRAIT_MARGIN.left) - mm(PORTRAIT_MARGIN.right);
const LANDSCAPE_WIDTH = A4.long - mm(LANDSCAPE_MARGIN.left) - mm(LANDSCAPE_MARGIN.right);
/** A chart's width on the page in pixels at 96 dpi (docx's unit for images): the text width. */
const twipsToPx = (t: number) => Math.floor((t / 1440) * 96);

/** Page numbers as 公文 print them: “— 1 —”, centred, 宋体 四号. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
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

function section(landscape: boolean, children: ISectionOptions['children']): ISectionOptions {
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
    footers: { default: pageFooter() },
    children,
  };
}

// ---- Reading the page ---------------------------------------------------------------------

/** Parts of the page that are for the screen only: links to other pages, buttons, hidden text. */
function skipped(el: HTMLElement): boolean {
  const tag = el.tagName?.toLowerCase();
  if (tag === 'nav' || tag === 'script' || tag === 'style' || tag === 'summary') return true;
  if (tag === 'a' && el.classList.contains('print-link')) return true;
  if (el.classList.contains('visually-hidden')) return true;
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

function normalize(text: string): string {
  return text.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  font: string;
  size: number;
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
function inlineRuns(el: HTMLElement, style: RunStyle): ParagraphChild[] {
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

function textRun(text: string, style: RunStyle): TextRun {
  const options: IRunOptions = {
    text: xmlSafe(text),
    font: fonts(style.font),
    size: style.size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  };
  return new TextRun(options);
}

// ---- Paragraph kinds ------------------------------------------------------------------------

const BODY: RunStyle = { font: FONT_BODY, size: SIZE_BODY };
const TABLE_TEXT: RunStyle = { font: FONT_BODY, size: SIZE_TABLE };
/** Single line spacing in tables, captions and charts (the body's fixed 28.5pt is for prose). */
const TABLE_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

function bodyParagraph(children: ParagraphChild[], indent = true): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: LINE_BODY, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    ...(indent ? { indent: { firstLine: INDENT_BODY } } : {}),
  });
}

function centred(children: ParagraphChild[], before = 0, after = 0): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE_BODY, lineRule: LineRuleType.EXACT, before, after },
  });
}

function heading(el: HTMLElement, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: inlineRuns(el, { font: level === 1 ? FONT_H1 : FONT_H2, size: SIZE_BODY }),
  });
}

/** A table's or figure's caption: 黑体, centred, a little space above. */
/** The 自评表's own title (“2024年度项目支出绩效自评表”): 方正小标宋简体 小二, centred. */
function formTitle(el: HTMLElement): Paragraph {
  return new Paragraph({
    children: inlineRuns(el, { font: FONT_TITLE, size: 36 }),
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...TABLE_SPACING, before: 120, after: 200 },
  });
}

function caption(el: HTMLElement): Paragraph {
  return new Paragraph({
    children: inlineRuns(el, { font: FONT_H1, size: SIZE_TABLE + 3 }),
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...TABLE_SPACING, before: 200, after: 80 },
  });
}

// ---- Tables ---------------------------------------------------------------------------------

/** Column widths (percent) of the 自评表, as the site's stylesheet sets them (src/styles/site.css). */
/**
 * The indicator tables in the body of the report are printed on portrait pages, with widths
 * and a smaller type of their own (src/styles/print.css, table.indicator-table).
 */
const INDICATOR_COL_WIDTH: Record<string, number> = {
  'c-level1': 6,
  'c-level2': 8,
  'c-name': 13,
  'c-dir': 6,
  'c-unit': 6,
  'c-points': 6,
  'c-target': 15,
  'c-actual': 9,
  'c-score': 9,
  'c-reason': 22,
};
/** 小五 (9pt) in half-points: the indicator tables' type on portrait pages. */
const SIZE_SMALL_TABLE = 18;

const COL_WIDTH: Record<string, number> = {
  'c-level1': 7,
  'c-level2': 9,
  'c-name': 14,
  'c-dir': 5,
  'c-target': 13,
  'c-unit': 5,
  'c-actual': 8,
  'c-points': 5,
  'c-score': 8,
  'c-reason': 26,
  'c-source': 23,
  'c-money': 12,
  'c-fpoints': 8,
  'c-frate': 13,
  'c-fscore': 13,
};

interface HtmlCell {
  el: HTMLElement;
  head: boolean;
  numeric: boolean;
  colspan: number;
  rowspan: number;
  /** Grid column the cell starts in (in the HTML table's own grid). */
  col: number;
}

interface HtmlRow {
  cells: HtmlCell[];
  head: boolean;
}

interface HtmlTable {
  /** Set in 小五 rather than 五号 (the wide indicator tables on portrait pages). */
  small: boolean;
  rows: HtmlRow[];
  /** Relative column widths of this table's grid. */
  widths: number[];
}

function span(el: HTMLElement, name: string): number {
  const n = Number(el.getAttribute(name) ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

/** The rows of an HTML table with each cell's place in the table's grid (rowspans accounted). */
function readTable(table: HTMLElement): HtmlTable {
  const small = table.classList.contains('indicator-table');
  const widthOf = small ? INDICATOR_COL_WIDTH : COL_WIDTH;
  const rows: HtmlRow[] = [];
  const taken: number[] = []; // rows still covered by a rowspan, per grid column
  for (const tr of table.querySelectorAll('tr')) {
    if (tr.closest('table') !== table) continue;
    const head = tr.parentNode?.tagName?.toLowerCase() === 'thead';
    const covered = taken.some((n) => n > 0);
    const cells: HtmlCell[] = [];
    let col = 0;
    for (const el of tr.childNodes) {
      if (!isElement(el)) continue;
      const tag = el.tagName.toLowerCase();
      if (tag !== 'td' && tag !== 'th') continue;
      while ((taken[col] ?? 0) > 0) col++;
      const colspan = span(el, 'colspan');
      const rowspan = span(el, 'rowspan');
      cells.push({
        el,
        head: tag === 'th' && (head || el.getAttribute('scope') === 'col'),
        numeric: el.classList.contains('num'),
        colspan,
        rowspan,
        col,
      });
      for (let c = col; c < col + colspan; c++) taken[c] = Math.max(taken[c] ?? 0, rowspan);
      col += colspan;
    }
    for (let c = 0; c < taken.length; c++) taken[c] = Math.max(0, (taken[c] ?? 0) - 1);
    // A Word row needs a cell: a row with none of its own and none reaching down into it is
    // left out, as a browser shows nothing for it.
    if (cells.length > 0 || covered) rows.push({ cells, head });
  }
  // A cell reaches down no further than the last row, as in a browser.
  rows.forEach((row, r) => {
    for (const cell of row.cells) cell.rowspan = Math.min(cell.rowspan, rows.length - r);
  });
  const columns = Math.max(
    0,
    ...rows.map((r) => r.cells.reduce((m, c) => Math.max(m, c.col + c.colspan), 0)),
  );
  const declared = table
    .querySelectorAll('col')
    .map((c) => widthOf[[...c.classList.values()].find((k) => k in widthOf) ?? ''] ?? 0);
  const widths =
    declared.length === columns && declared.every((w) => w > 0)
      ? declared
      : guessWidths(rows, columns);
  return { rows, widths, small };
}

/**
 * Widths from the text: a column as wide as its longest single-column cell (a CJK character
 * counting as two Latin ones), within limits.
 */
function guessWidths(rows: HtmlRow[], columns: number): number[] {
  const widths = Array.from({ length: columns }, () => 6);
  for (const row of rows)
    for (const cell of row.cells)
      if (cell.colspan === 1) {
        let length = 0;
        for (const ch of normalize(cell.el.text))
          length += (ch.codePointAt(0) ?? 0) < 0x100 ? 1 : 2;
        widths[cell.col] = Math.max(widths[cell.col] ?? 6, Math.min(length, 28));
      }
  return widths;
}

/**
 * HTML tables stacked into one Word table (the 自评表's funding block and indicator block have
 * grids of their own): the Word grid has a column edge wherever any of the tables has one, and
 * each cell spans the grid columns between its own edges.
 */
function wordTable(tables: HtmlTable[], width: number): Table {
  const edgesOf = (t: HtmlTable): number[] => {
    const total = t.widths.reduce((a, b) => a + b, 0);
    let x = 0;
    return [0, ...t.widths.map((w) => Math.round(((x += w) / total) * width))];
  };
  const tableEdges = tables.map(edgesOf);
  const grid = [...new Set(tableEdges.flat())].sort((a, b) => a - b);
  const columnWidths = grid.slice(1).map((x, i) => x - (grid[i] ?? 0));
  const rows: TableRow[] = [];
  tables.forEach((t, ti) => {
    const edges = tableEdges[ti] ?? [];
    t.rows.forEach((row) => {
      rows.push(
        new TableRow({
          cantSplit: true,
          tableHeader: row.head && ti === 0,
          children: row.cells.map((cell) => {
            const from = grid.indexOf(edges[cell.col] ?? 0);
            const to = grid.indexOf(edges[cell.col + cell.colspan] ?? width);
            return new TableCell({
              children: [cellParagraph(cell, t.small)],
              columnSpan: to - from,
              rowSpan: cell.rowspan,
              verticalAlign: VerticalAlignTable.CENTER,
              width: {
                size: (edges[cell.col + cell.colspan] ?? 0) - (edges[cell.col] ?? 0),
                type: WidthType.DXA,
              },
              margins: { left: 60, right: 60, top: 30, bottom: 30 },
            });
          }),
        }),
      );
    });
  });
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    rows,
    columnWidths,
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
  });
}

function cellParagraph(cell: HtmlCell, small: boolean): Paragraph {
  const style: RunStyle = {
    ...TABLE_TEXT,
    ...(small ? { size: SIZE_SMALL_TABLE } : {}),
    ...(cell.head ? { bold: true } : {}),
  };
  const center = cell.head || cell.el.classList.contains('center');
  return new Paragraph({
    children: inlineRuns(cell.el, style),
    spacing: TABLE_SPACING,
    alignment: cell.numeric
      ? AlignmentType.RIGHT
      : center
        ? AlignmentType.CENTER
        : AlignmentType.LEFT,
  });
}

function tableBlocks(tables: HTMLElement[], width: number): Block[] {
  const out: Block[] = [];
  const read = tables.map(readTable).filter((t) => t.rows.length > 0);
  // A table without a row has nothing to show, and Word refuses a table without one.
  if (read.length === 0) return out;
  const first = tables[0];
  const cap = first?.querySelector('caption');
  if (cap && cap.closest('table') === first && !skipped(cap))
    out.push(first?.classList.contains('self-evaluation-table') ? formTitle(cap) : caption(cap));
  out.push(wordTable(read, width));
  // A paragraph after every table: Word joins two tables that touch.
  out.push(new Paragraph({ children: [], spacing: { ...TABLE_SPACING, after: 120 } }));
  return out;
}

// ---- Charts ---------------------------------------------------------------------------------

/** PNGs are drawn at twice the size the chart takes on the page, for print. */
const PNG_SCALE = 2;

/** The chart's size on the page in pixels: the text width at most, its own width at least. */
function chartSize(svgEl: HTMLElement, width: number): { px: number; height: number } | undefined {
  const w = Number(svgEl.getAttribute('width'));
  const h = Number(svgEl.getAttribute('height'));
  if (!(w > 0 && h > 0 && w <= 10_000 && h <= 10_000)) return undefined;
  const px = Math.min(twipsToPx(width), Math.round(w));
  return { px, height: Math.max(1, Math.round((h / w) * px)) };
}

/** The PNGs of all the charts under `root`, by SVG markup, drawn in one pass. */
function chartFallbacks(root: HTMLElement, width: number): Map<string, Uint8Array> {
  const charts: ChartDrawing[] = [];
  const keys: string[] = [];
  for (const svgEl of root.querySelectorAll('figure svg')) {
    const size = chartSize(svgEl, width);
    const svg = svgEl.toString();
    if (!size || keys.includes(svg)) continue;
    keys.push(svg);
    charts.push({ svg, width: size.px * PNG_SCALE, height: size.height * PNG_SCALE });
  }
  const pngs = chartPngs(charts, chartFontFiles());
  return new Map(keys.map((k, i) => [k, pngs[i] ?? new Uint8Array()]));
}

function chartImage(svgEl: HTMLElement, ctx: Context): Paragraph | undefined {
  const svg = svgEl.toString();
  const size = chartSize(svgEl, ctx.width);
  const fallback = ctx.pngs.get(svg);
  if (!size || !fallback) return undefined;
  const label = xmlSafe(svgEl.getAttribute('aria-label') ?? '');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: TABLE_SPACING,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: fallback },
        transformation: { width: size.px, height: size.height },
        altText: { name: label, description: label, title: label },
      }),
    ],
  });
}

// ---- The page, block by block ---------------------------------------------------------------

type Block = Paragraph | Table;

interface Context {
  /** Text width of the page, in twips. */
  width: number;
  /** The charts' PNG fallbacks, by SVG markup. */
  pngs: Map<string, Uint8Array>;
}

function blocks(node: HTMLElement, ctx: Context, out: Block[] = []): Block[] {
  for (const el of node.childNodes) {
    if (!isElement(el) || skipped(el)) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'h1') out.push(titleParagraph(el));
    else if (tag === 'h2') out.push(heading(el, 1));
    else if (tag === 'h3') out.push(heading(el, 2));
    else if (tag === 'h4' || tag === 'h5' || tag === 'h6')
      out.push(bodyParagraph(inlineRuns(el, { ...BODY, bold: true })));
    else if (tag === 'p') {
      if (el.classList.contains('subtitle')) out.push(centred(inlineRuns(el, BODY), 0, 280));
      else if (el.classList.contains('table-note'))
        out.push(
          new Paragraph({
            children: inlineRuns(el, { ...BODY, size: SIZE_TABLE }),
            spacing: { ...TABLE_SPACING, after: 120 },
          }),
        );
      else out.push(bodyParagraph(inlineRuns(el, BODY)));
    } else if (tag === 'ul' || tag === 'ol') {
      for (const li of el.childNodes)
        if (isElement(li) && li.tagName.toLowerCase() === 'li')
          out.push(bodyParagraph(inlineRuns(li, BODY)));
    } else if (tag === 'dl') out.push(...factList(el));
    else if (tag === 'table') out.push(...tableBlocks([el], ctx.width));
    else if (tag === 'figure') out.push(...figure(el, ctx));
    else if (tag === 'blockquote' || tag === 'pre') out.push(bodyParagraph(inlineRuns(el, BODY)));
    else if (el.classList.contains('verdict')) {
      for (const d of el.childNodes)
        if (isElement(d)) out.push(bodyParagraph(inlineRuns(d, { ...BODY, font: FONT_H1 })));
    } else if (el.classList.contains('self-evaluation')) {
      const tables = el.childNodes.filter(
        (c): c is HTMLElement => isElement(c) && c.tagName.toLowerCase() === 'table',
      );
      out.push(...tableBlocks(tables, ctx.width));
    } else blocks(el, ctx, out);
  }
  return out;
}

function titleParagraph(el: HTMLElement): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children: inlineRuns(el, { font: FONT_TITLE, size: SIZE_TITLE }),
  });
}

/** The 项目概况 facts: “项目名称：信访积案化解专项资金”, one paragraph each. */
function factList(dl: HTMLElement): Paragraph[] {
  const out: Paragraph[] = [];
  let label: ParagraphChild[] = [];
  for (const el of dl.childNodes) {
    if (!isElement(el)) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'dt') label = inlineRuns(el, { ...BODY, font: FONT_H1 });
    else if (tag === 'dd') {
      out.push(
        bodyParagraph([
          ...label,
          textRun('：', { ...BODY, font: FONT_H1 }),
          ...inlineRuns(el, BODY),
        ]),
      );
      label = [];
    }
  }
  return out;
}

/** A chart: its caption, the drawing, then its data table. */
function figure(el: HTMLElement, ctx: Context): Block[] {
  const out: Block[] = [];
  const cap = el.querySelector('figcaption');
  if (cap) out.push(caption(cap));
  const svg = el.querySelector('.chart-drawing svg') ?? el.querySelector('svg');
  if (svg) {
    const image = chartImage(svg, ctx);
    if (image) out.push(image);
  }
  for (const table of el.querySelectorAll('table')) out.push(...tableBlocks([table], ctx.width));
  return out;
}

// ---- Documents ------------------------------------------------------------------------------

const STYLES = {
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

export interface ReportDocxInput {
  /** The built report page (dist/<年度>/<项目标识>/index.html). */
  html: string;
  /** Report date, YYYY-MM-DD: the documents' creation and modification date. */
  date: string;
}

export interface ReportDocxFiles {
  /** The whole report, the 自评表 annexed on a landscape page. */
  report: Uint8Array;
  /** The 自评表 alone, landscape. */
  annex: Uint8Array;
}

/** report.docx and annex.docx from the report page, byte-stable. */
export async function reportDocx({ html, date }: ReportDocxInput): Promise<ReportDocxFiles> {
  const root = parse(html);
  const article = root.querySelector('article.report');
  if (!article) throw new Error('报告页中没有报告正文（article.report）');
  const annex = article.querySelector('#annex');
  if (!annex) throw new Error('报告页中没有附件（自评表，#annex）');
  const title = normalize(article.querySelector('h1')?.text ?? '');
  annex.remove();

  const pngs = chartFallbacks(article, PORTRAIT_WIDTH);
  const body = blocks(article, { width: PORTRAIT_WIDTH, pngs });
  const annexBlocks = blocks(annex, { width: LANDSCAPE_WIDTH, pngs: new Map() });
  const annexAlone = annexBlocks.slice(1);

  const make = async (sections: ISectionOptions[], docTitle: string) =>
    packDocx(
      new Document({
        creator: '',
        lastModifiedBy: '',
        title: docTitle,
        description: '',
        revision: 1,
        styles: STYLES,
        sections,
      }),
      date,
    );

  return {
    report: await make([section(false, body), section(true, annexBlocks)], title),
    annex: await make([section(true, annexAlone)], `${title} · 附件`),
  };
}
