/**
 * The page's HTML tables as Word tables: each read as a grid (html-table.ts), the 自评表's
 * blocks stacked into one Word table with merged cells, and the captions above.
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
import type { HtmlCell, HtmlTable } from './html-table.ts';
import { readTable } from './html-table.ts';
import { inlineRuns, skipped } from './inline-runs.ts';
import type { Block, RunStyle } from './typesetting.ts';
import { FONT_H1, FONT_TITLE, SIZE_TABLE, TABLE_SPACING, TABLE_TEXT } from './typesetting.ts';
import { PAGE_CLASS } from '../base/page-markup.ts';

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

/** 小五 (9pt) in half-points: the indicator tables' type on portrait pages. */
const SIZE_SMALL_TABLE = 18;

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
  const center = cell.head || cell.el.classList.contains(PAGE_CLASS.center);
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
    out.push(
      first?.classList.contains(PAGE_CLASS.selfEvaluationTable) ? formTitle(cap) : caption(cap),
    );
  out.push(wordTable(read, width));
  // A paragraph after every table: Word joins two tables that touch.
  out.push(new Paragraph({ children: [], spacing: { ...TABLE_SPACING, after: 120 } }));
  return out;
}
