/**
 * The report as an editable Word document (report.docx) and its 自评表 alone (annex.docx), made
 * from the report page the build has just written.
 *
 * Why from the built page, and not from the model and the MDX again: the page is where every
 * figure has already been computed once and formatted once (src/lib/report/format.ts, the figure
 * components in the narrative, the report components), so taking its text guarantees that the
 * Word document says exactly what the page says — the same headings in the same order, the same
 * narrative with the same figures, the same tables — with nothing recomputed,
 * reformatted or re-rendered by a second code path that could drift. This module and the
 * ones it uses only decide how each part of the page looks on paper: 公文 fonts and sizes, Word
 * heading styles (the navigation pane and a generated table of contents work), A4 with the
 * site's print margins, page numbers “— 1 —” (typesetting.ts), the text as runs
 * (inline-runs.ts), the 自评表 as one Word table with merged cells on a landscape page
 * (word-table.ts); no charts, as the printed report has none.
 */
import { AlignmentType, Document, HeadingLevel, LineRuleType, Paragraph, TextRun } from 'docx';
import type { ISectionOptions, ParagraphChild } from 'docx';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { inlineRuns, isElement, normalize, skipped, textRun } from './inline-runs.ts';
import { packDocx } from './pack-docx.ts';
import type { Block } from './typesetting.ts';
import {
  BODY,
  FONT_H1,
  FONT_H2,
  FONT_TITLE,
  INDENT_BODY,
  LANDSCAPE_WIDTH,
  LINE_BODY,
  PORTRAIT_WIDTH,
  section,
  SIZE_BODY,
  SIZE_TABLE,
  SIZE_TITLE,
  STYLES,
  TABLE_SPACING,
} from './typesetting.ts';
import { SIZE_SMALL_TABLE, tableBlocks } from './word-table.ts';
import { ANNEX_ID, PAGE_CLASS } from '../base/page-markup.ts';

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

function heading(el: HTMLElement, level: 1 | 2, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: inlineRuns(el, { font: level === 1 ? FONT_H1 : FONT_H2, size: SIZE_BODY }),
  });
}

interface Context {
  /** Text width of the page, in twips. */
  width: number;
  /** The next heading starts a new page (a unit report's second and later 自评表). */
  newPage?: boolean;
  /** Notes under the 自评表 in its own 小五, as the form is: the form and its note keep to one page. */
  annex?: boolean;
}

function blocks(node: HTMLElement, ctx: Context, out: Block[] = []): Block[] {
  for (const el of node.childNodes) {
    if (!isElement(el) || skipped(el)) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'h1') out.push(titleParagraph(el));
    else if (tag === 'h2') out.push(heading(el, 1));
    else if (tag === 'h3') out.push(heading(el, 2, ctx.newPage));
    else if (tag === 'h4' || tag === 'h5' || tag === 'h6')
      out.push(bodyParagraph(inlineRuns(el, { ...BODY, bold: true })));
    else if (tag === 'p') {
      if (el.classList.contains(PAGE_CLASS.subtitle))
        out.push(centred(inlineRuns(el, BODY), 0, 280));
      else if (el.classList.contains('signature'))
        out.push(
          new Paragraph({
            children: inlineRuns(el, BODY),
            alignment: AlignmentType.RIGHT,
            indent: { right: INDENT_BODY * 2 },
            spacing: { line: LINE_BODY, lineRule: LineRuleType.EXACT, before: LINE_BODY * 2 },
          }),
        );
      else if (el.classList.contains('annex-line'))
        out.push(
          // A later annex's name aligned under the first one's, after “附件：” (2 + 3 字).
          el.classList.contains('annex-more')
            ? new Paragraph({
                children: inlineRuns(el, BODY),
                indent: { left: (INDENT_BODY * 5) / 2 },
                spacing: { line: LINE_BODY, lineRule: LineRuleType.EXACT },
              })
            : new Paragraph({
                children: inlineRuns(el, BODY),
                indent: { firstLine: INDENT_BODY },
                spacing: { line: LINE_BODY, lineRule: LineRuleType.EXACT, before: LINE_BODY },
              }),
        );
      else if (el.classList.contains(PAGE_CLASS.tableNote))
        out.push(
          new Paragraph({
            children: inlineRuns(el, { ...BODY, size: ctx.annex ? SIZE_SMALL_TABLE : SIZE_TABLE }),
            spacing: { ...TABLE_SPACING, before: ctx.annex ? 60 : 0, after: 120 },
          }),
        );
      else out.push(bodyParagraph(inlineRuns(el, BODY)));
    } else if (tag === 'ul' || tag === 'ol') {
      // Numbered 1．2．3． as the printed report numbers them (print.css, doc-item).
      const items = el.childNodes.filter(
        (li): li is HTMLElement => isElement(li) && li.tagName.toLowerCase() === 'li',
      );
      items.forEach((li, i) =>
        out.push(bodyParagraph([textRun(`${i + 1}．`, BODY), ...inlineRuns(li, BODY)])),
      );
    } else if (tag === 'dl') out.push(...factList(el));
    else if (tag === 'table') out.push(...tableBlocks([el], ctx.width));
    // No charts on paper, as in the printed report (print.css, `.print-page figure.chart`).
    else if (tag === 'figure') continue;
    else if (tag === 'blockquote' || tag === 'pre') out.push(bodyParagraph(inlineRuns(el, BODY)));
    else if (el.classList.contains(PAGE_CLASS.verdict)) {
      for (const d of el.childNodes)
        if (isElement(d)) out.push(bodyParagraph(inlineRuns(d, { ...BODY, font: FONT_H1 })));
    } else if (el.classList.contains(PAGE_CLASS.selfEvaluation)) {
      const tables = el.childNodes.filter(
        (c): c is HTMLElement => isElement(c) && c.tagName.toLowerCase() === 'table',
      );
      out.push(...tableBlocks(tables, ctx.width));
    } else if (el.classList.contains(PAGE_CLASS.unitAnnex)) {
      // A unit report's annexes: each project's 自评表 on a landscape page of its own.
      const previous = el.previousElementSibling;
      blocks(
        el,
        { ...ctx, newPage: previous?.classList.contains(PAGE_CLASS.unitAnnex) ?? false },
        out,
      );
    } else blocks(el, ctx, out);
  }
  return out;
}

/**
 * The report's title, in two lines as the printed report has it (`…专项资金` / `绩效自评报告`):
 * at 二号 the whole title is wider than the page and would leave its last character alone.
 */
function titleParagraph(el: HTMLElement): Paragraph {
  const style = { font: FONT_TITLE, size: SIZE_TITLE };
  const text = normalize(el.text);
  const tail = /绩效自评报告$/.exec(text);
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children:
      tail && tail.index > 0
        ? [
            textRun(text.slice(0, tail.index), style),
            new TextRun({ break: 1 }),
            textRun(tail[0], style),
          ]
        : inlineRuns(el, style),
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

// ---- Documents ------------------------------------------------------------------------------

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
  const article = root.querySelector(`article.${PAGE_CLASS.report}`);
  if (!article) throw new Error(`报告页中没有报告正文（article.${PAGE_CLASS.report}）`);
  const annex = article.querySelector(`#${ANNEX_ID}`);
  if (!annex) throw new Error(`报告页中没有附件（自评表，#${ANNEX_ID}）`);
  const title = normalize(article.querySelector('h1')?.text ?? '');
  annex.remove();
  // A unit report's annexes are headed each by its own 附件N line (the text's 附件 line names
  // them all): without the common heading above the first, each 自评表 keeps to one page.
  const unit = annex.querySelector(`.${PAGE_CLASS.unitAnnex}`) !== null;
  if (unit) annex.querySelector('h2')?.remove();

  const body = blocks(article, { width: PORTRAIT_WIDTH });
  const annexBlocks = blocks(annex, { width: LANDSCAPE_WIDTH, annex: true });
  const annexAlone = unit ? annexBlocks : annexBlocks.slice(1);

  const make = async (sections: ISectionOptions[], docTitle: string) =>
    packDocx(
      new Document({
        creator: '',
        lastModifiedBy: '',
        title: docTitle,
        description: '',
        revision: 1,
        evenAndOddHeaderAndFooters: true,
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
