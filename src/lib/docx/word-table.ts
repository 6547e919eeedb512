/**
 * The page's HTML tables as Word tables: each cell placed in its table's grid (colspans and
 * rowspans as a browser lays them out), the 自评表's blocks stacked into one Word table with
 * merged cells, column widths as the site's stylesheets set them, and the captions above.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { HTMLElement } from 'node-html-parser';
import { inlineRuns, isElement, normalize, skipped } from './inline-runs.ts';
import type { Block, RunStyle } from './typesetting.ts';
import { FONT_H1, FONT_TITLE, SIZE_TABLE, TABLE_SPACING, TABLE_TEXT } from './typesetting.ts';

/** The 自评表's own title (“2024年度项目支出绩效自评表”): 方正小标宋简体 小二, centred. */
function formTitle(el: HTMLElement): Paragraph {
  return new Paragraph({
    children: inlineRuns(el, { font: FONT_TITLE, size: 36 }),
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...TABLE_SPACING, before: 120, after: 200 },
  });
}

/** A table's or figure's caption: 黑体, centred, a little space above. */
export function caption(el: HTMLElement): Paragraph {
  return new Paragraph({
    children: inlineRuns(el, { font: FONT_H1, size: SIZE_TABLE + 3 }),
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...TABLE_SPACING, before: 200, after: 80 },
  });
}

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

/** Column widths (percent) of the 自评表, as the site's stylesheet sets them (src/styles/site.css). */
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

export function tableBlocks(tables: HTMLElement[], width: number): Block[] {
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
