/** `/search/index.json`: what the search box loads first (src/site/search.ts). */
import type { APIRoute } from 'astro';
import { searchIndexJson } from '../../site/search.ts';

export const GET: APIRoute = async () =>
  new Response(await searchIndexJson(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
