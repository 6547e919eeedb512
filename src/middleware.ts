/**
 * `npm run dev` only: while the latest reload of the data found errors, the pages of the
 * project-years they are in (and every page, for an error outside any project-year) answer with
 * the located list of them (HTTP 500) instead of figures. A build never gets here with errors
 * (the loader stops it), so it passes every request through.
 */
import { defineMiddleware } from 'astro:middleware';
import { devProblemsFor, devProblemsPage } from './lib/pipeline/dev-problems.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (!import.meta.env.DEV) return next();
  const base = import.meta.env.BASE_URL;
  const path = context.url.pathname;
  const problems = devProblemsFor(path.startsWith(base) ? path.slice(base.length) : path);
  if (problems === undefined) return next();
  return new Response(devProblemsPage(problems), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
