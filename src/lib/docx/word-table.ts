/**
 * The page's HTML tables as Word tables: each read as a grid (html-table.ts), the 自评表's
 * blocks stacked into one Word table with merged cells, and the captions above.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
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

/** The 自评表’s own title (“项目支出绩效自评表（2024年度）”): 方正小标宋简体 小二, centred. */
function formTitle(el: HTMLElement): Paragraph {
  return new Paragraph({
    children: inlineRuns(el, { font: FONT_TITLE, size: 36 }),
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...TABLE_SPACING, before: 0, after: 120 },
  });
}

/** A table's or figure's caption: 黑体, centred, a little space above. */
function caption(el: HTMLElement): Paragraph {
  return new Paragraph({
    children: inlineRuns(el, { font: FONT_H1, size: SIZE_TABLE + 3 }),
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...TABLE_SPACING, before: 200, after: 80 },
  });
}

/** A paragraph one twentieth of a point high, between two tables that must not join. */
const HAIRLINE = { before: 0, after: 0, line: 1, lineRule: LineRuleType.EXACT };

/** 小五 (9pt) in half-points: the indicator tables' type on portrait pages. */
export const SIZE_SMALL_TABLE = 18;

/**
 * An HTML table as a Word table, its columns as wide as the stylesheet sets them. Rows of a
 * <thead> at the top repeat on every page the table runs onto (tblHeader).
 */
function wordTable(t: HtmlTable, width: number): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  let x = 0;
  const edges = [0, ...t.widths.map((w) => Math.round(((x += w) / total) * width))];
  const columnWidths = edges.slice(1).map((e, i) => e - (edges[i] ?? 0));
  const rows = t.rows.map(
    (row, ri) =>
      new TableRow({
        cantSplit: true,
        tableHeader: t.rows.slice(0, ri + 1).every((r) => r.head),
        children: row.cells.map(
          (cell) =>
            new TableCell({
              children: [cellParagraph(cell, t.small)],
              columnSpan: cell.colspan,
              rowSpan: cell.rowspan,
              verticalAlign: VerticalAlignTable.CENTER,
              width: {
                size: (edges[cell.col + cell.colspan] ?? width) - (edges[cell.col] ?? 0),
                type: WidthType.DXA,
              },
              margins: { left: 60, right: 60, top: 10, bottom: 10 },
            }),
        ),
      }),
  );
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
    // An exact line of 1.2 times the type: “single” spacing takes the line height of whatever
    // face stands in for 仿宋, up to half as much again, and the 自评表 would not fit its page.
    spacing: {
      ...TABLE_SPACING,
      line: Math.round(style.size * 12),
      lineRule: LineRuleType.EXACT,
    },
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
  // The 自评表's funding block and indicator block are two Word tables, one above the other, so
  // that the indicator block's column heads can repeat on a second page (Word repeats only the
  // rows at the top of a table). A hairline paragraph keeps Word from joining them.
  read.forEach((t, i) => {
    if (i > 0) out.push(new Paragraph({ children: [], spacing: HAIRLINE }));
    out.push(wordTable(t, width));
  });
  // A paragraph after every table: Word joins two tables that touch.
  out.push(new Paragraph({ children: [], spacing: { ...TABLE_SPACING, after: 120 } }));
  return out;
}
