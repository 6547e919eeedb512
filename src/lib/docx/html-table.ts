/**
 * An HTML table of the report page read as a grid: each cell with the column it starts in
 * (colspans and rowspans laid out as a browser does, a span no further than the table), and the
 * columns' relative widths as the site's stylesheets set them, else as wide as their text.
 */
import type { HTMLElement } from 'node-html-parser';
import { isElement, normalize } from './inline-runs.ts';
import { COLUMN_CLASS, PAGE_CLASS } from '../base/page-markup.ts';

/**
 * The indicator tables in the body of the report are printed on portrait pages, with widths
 * and a smaller type of their own (src/styles/print.css, table.indicator-table).
 */
const INDICATOR_COL_WIDTH: Record<string, number> = {
  [COLUMN_CLASS.level1]: 6,
  [COLUMN_CLASS.level2]: 8,
  [COLUMN_CLASS.name]: 13,
  [COLUMN_CLASS.points]: 6,
  // Wide enough for a date on one line (2024年12月31日前, 2024年12月20日) in 小五.
  [COLUMN_CLASS.target]: 17,
  [COLUMN_CLASS.actual]: 14,
  [COLUMN_CLASS.score]: 9,
  [COLUMN_CLASS.reason]: 27,
};

/** Column widths (percent) of the 自评表, as the site's stylesheet sets them (src/styles/site.css). */
const COL_WIDTH: Record<string, number> = {
  [COLUMN_CLASS.level1]: 7,
  [COLUMN_CLASS.level2]: 9,
  [COLUMN_CLASS.name]: 14,
  [COLUMN_CLASS.target]: 15,
  [COLUMN_CLASS.actual]: 11,
  [COLUMN_CLASS.points]: 5,
  [COLUMN_CLASS.score]: 8,
  [COLUMN_CLASS.reason]: 31,
  [COLUMN_CLASS.source]: 23,
  [COLUMN_CLASS.money]: 12,
  [COLUMN_CLASS.fpoints]: 8,
  [COLUMN_CLASS.frate]: 13,
  [COLUMN_CLASS.fscore]: 13,
};

export interface HtmlCell {
  el: HTMLElement;
  head: boolean;
  numeric: boolean;
  colspan: number;
  rowspan: number;
  /** Grid column the cell starts in (in the HTML table's own grid). */
  col: number;
}

export interface HtmlRow {
  cells: HtmlCell[];
  head: boolean;
}

export interface HtmlTable {
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
export function readTable(table: HTMLElement): HtmlTable {
  // The 自评表 is set in 小五 too, so that it fits one landscape page with up to 12 indicators.
  const small =
    table.classList.contains(PAGE_CLASS.indicatorTable) ||
    table.classList.contains(PAGE_CLASS.selfEvaluationTable);
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
        numeric: el.classList.contains(PAGE_CLASS.num),
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
 * counting as two Latin ones; a head row's text at half, as it may take two lines) plus the
 * cell's padding, within limits — so that a short figure such as 100.00% never wraps.
 */
/** A cell's left and right padding, in Latin characters. */
const CELL_PADDING = 4;

function guessWidths(rows: HtmlRow[], columns: number): number[] {
  const widths = Array.from({ length: columns }, () => 6);
  for (const row of rows)
    for (const cell of row.cells)
      if (cell.colspan === 1) {
        let length = 0;
        for (const ch of normalize(cell.el.text))
          length += (ch.codePointAt(0) ?? 0) < 0x100 ? 1 : 2;
        // A column head may take two lines; a figure must not break.
        const wanted = row.head ? Math.ceil(length / 2) : length;
        // Text wraps at a narrower cap than figures, which never break.
        const cap = cell.numeric ? 28 : 20;
        widths[cell.col] = Math.max(widths[cell.col] ?? 6, Math.min(wanted + CELL_PADDING, cap));
      }
  return widths;
}
