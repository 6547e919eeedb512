/**
 * The build's ledger plan (src/site/ledger-pages.ts) as a file, for the ledger integration to
 * read and remove: routed in builds only (src/integrations/ledger-pages.ts).
 */
import type { APIRoute } from 'astro';
import { ledgerPlan } from '../site/ledger-pages.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await ledgerPlan()), {
    headers: { 'Content-Type': 'application/json' },
  });
