/** `/<年度>/report.json`: the year's unit report summary, money in 元 as in the projects' report.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { UnitModel } from '../../lib/pipeline/unit.ts';
import { unitJson } from '../../lib/model/unit-json.ts';
import { unitPaths } from '../../site/data.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ unitModel: UnitModel }> = ({ props }) =>
  new Response(unitJson(props.unitModel, props.unitModel.summary), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
