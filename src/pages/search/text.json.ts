/** `/search/text.json`: the narrative as plain text, loaded for a word search. */
import type { APIRoute } from 'astro';
import { searchTextJson } from '../../site/search.ts';

export const GET: APIRoute = async () =>
  new Response(await searchTextJson(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
