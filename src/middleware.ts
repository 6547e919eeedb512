/**
 * `npm run dev` only: while the latest reload of the data found errors, every page answers with
 * the located list of them (HTTP 500) instead of the figures of the last good data. A build
 * never gets here with errors (the loader stops it), so it passes every request through.
 */
import { defineMiddleware } from 'astro:middleware';
import { devProblems, devProblemsPage } from './lib/pipeline/dev-problems.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (!import.meta.env.DEV) return next();
  const problems = devProblems();
  if (problems === undefined) return next();
  return new Response(devProblemsPage(problems), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
