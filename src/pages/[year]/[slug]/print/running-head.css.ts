/**
 * `/<年度>/<项目标识>/print/running-head.css`: the running header (单位 · 项目 · 年度) of every
 * printed page of a project-year. Its text differs per project-year, and a served stylesheet
 * needs no exception in the Content-Security-Policy, as an inline one would.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { runningHeadCss } from '../../../../components/print/paper.ts';
import type { ProjectYearModel } from '../../../../lib/pipeline/project-year.ts';
import { projectYearPaths, siteFacts } from '../../../../site/data.ts';

export const getStaticPaths = projectYearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ py: ProjectYearModel }> = async ({ props }) =>
  new Response(runningHeadCss(props.py, (await siteFacts()).bureau), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
