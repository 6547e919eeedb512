/**
 * The figure components a report's narrative may use, bound to the project-year they show. The
 * page that lays the report out makes one scope (its project-year, the same project's year
 * before, and the count of charts it has drawn) and hands it down; each narrative section is
 * rendered with `<Content components={figureComponents(scope)} />`, so a figure reads its data
 * from its props, never from page-wide state.
 */
import { jsx } from 'astro/jsx-runtime';
import type { ProjectYearModel } from '../../lib/pipeline/project-year.ts';
import Budget from './Budget.astro';
import Chart from './Chart.astro';
import Funding from './Funding.astro';
import Grade from './Grade.astro';
import Indicator from './Indicator.astro';
import Indicators from './Indicators.astro';
import IndicatorValue from './IndicatorValue.astro';
import Measure from './Measure.astro';
import Score from './Score.astro';
import Share from './Share.astro';

/** What every part of one report page shares. */
export interface FigureScope {
  /** The project-year the page shows. */
  py: ProjectYearModel;
  /** The same project in the year before, when there is one: tables are compared with it. */
  previous: ProjectYearModel | undefined;
  /**
   * How many times the narrative has drawn each chart on this page so far, by its id: a chart
   * written into the narrative gets ids of its own, apart from the same chart in the layout.
   * One map per page.
   */
  charts: Map<string, number>;
}

/** A new scope for a page showing `py`. */
export function figureScope(
  py: ProjectYearModel,
  previous: ProjectYearModel | undefined,
): FigureScope {
  return { py, previous, charts: new Map() };
}

const FIGURES = {
  Budget,
  Chart,
  Funding,
  Grade,
  Indicator,
  Indicators,
  IndicatorValue,
  Measure,
  Score,
  Share,
};

export type FigureName = keyof typeof FIGURES;

/**
 * The narrative's components, each given the scope's `py`, `previous` and `charts` as props.
 * They are set after the author's props, so a narrative cannot point a figure at other data.
 */
export function figureComponents(
  scope: FigureScope,
): Record<FigureName, (props: Record<string, unknown>) => unknown> {
  const bound = {} as Record<FigureName, (props: Record<string, unknown>) => unknown>;
  for (const [name, Component] of Object.entries(FIGURES) as [FigureName, unknown][]) {
    bound[name] = (props) =>
      jsx(Component, {
        ...props,
        py: scope.py,
        previous: scope.previous,
        charts: scope.charts,
      });
  }
  return bound;
}
