/**
 * Every page is written one block per line (see src/lib/readable-html.ts) as it is rendered, so
 * two builds diff line by line, with no second pass over the written files.
 */
import { defineMiddleware } from 'astro:middleware';
import { readableHtml } from './lib/readable-html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(readableHtml(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
