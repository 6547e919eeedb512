/** `/<年度>/<项目标识>/report.json`: the project-year's report, keys in a stable order. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ProjectYearModel } from '../../../lib/pipeline/project-year.ts';
import { reportJson } from '../../../lib/model/report-json.ts';
import { projectYearPaths } from '../../../site/data.ts';

export const getStaticPaths = projectYearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ py: ProjectYearModel }> = ({ props }) =>
  new Response(reportJson(props.py.report), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
