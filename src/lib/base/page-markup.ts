/**
 * The markup of the built pages that code reading them relies on: the Word export
 * (src/lib/docx/) finds the report's parts, tables and numeric cells by these class names, the
 * build comparison (src/lib/diff/) its sections and prose. The Astro components write them from
 * here too, so renaming one here renames it on both sides; the stylesheets, which cannot import
 * them, are checked against this list by test/unit/base/page-markup.test.ts.
 */

/** Class names, by what they mark. */
export const PAGE_CLASS = {
  /** The `<article>` of a report page (and of its printed version). */
  report: 'report',
  /** The line under a page's title. */
  subtitle: 'subtitle',
  /** A note under a table: left out of the Word tables and of the compared prose. */
  tableNote: 'table-note',
  /** The 自评总分 and 评价等级 box. */
  verdict: 'verdict',
  /** The box around the 自评表 (附件). */
  selfEvaluation: 'self-evaluation',
  /** Each table of the 自评表: its caption becomes the form's title in Word. */
  selfEvaluationTable: 'self-evaluation-table',
  /** An indicator table in the body of the report: smaller type and widths of its own. */
  indicatorTable: 'indicator-table',
  /** The SVG drawing of a chart (its data table follows it). */
  chartDrawing: 'chart-drawing',
  /** The “打印本节” link of a section: not part of the text. */
  printLink: 'print-link',
  /** Text for screen readers only: not part of the Word document. */
  visuallyHidden: 'visually-hidden',
  /** A section's narrative text. */
  prose: 'prose',
  /** The （待填写） in place of narrative not written yet. */
  pending: 'pending',
  /** A numeric table cell: right-aligned on the page and in Word. */
  num: 'num',
  /** A centred table cell. */
  center: 'center',
  /** One project's 自评表 among a unit report's annexes: a page of its own on paper and in Word. */
  unitAnnex: 'unit-annex',
} as const;

/** The classes of the `<col>` elements of the indicator tables and the 自评表, one per column kind. */
export const COLUMN_CLASS = {
  level1: 'c-level1',
  level2: 'c-level2',
  name: 'c-name',
  target: 'c-target',
  actual: 'c-actual',
  points: 'c-points',
  score: 'c-score',
  reason: 'c-reason',
  source: 'c-source',
  money: 'c-money',
  fpoints: 'c-fpoints',
  frate: 'c-frate',
  fscore: 'c-fscore',
} as const;

/** Attributes: a report section's key (`data-section`) and a quoted figure's name (`data-figure`). */
export const PAGE_ATTR = { section: 'data-section', figure: 'data-figure' } as const;

/** The id of the 附件 (the 自评表) on a report page. */
export const ANNEX_ID = 'annex';
