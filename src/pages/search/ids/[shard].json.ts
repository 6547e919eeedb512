/** `/search/ids/<n>.json`: the number lookups whose key hashes to shard n (src/lib/search/search-index.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readShard } from '../../../lib/search/search-index.ts';
import { searchShards, searchSources } from '../../../site/search.ts';

export const getStaticPaths = (async () => {
  const shards = await searchShards();
  return Array.from({ length: shards }, (_, shard) => ({
    params: { shard: String(shard) },
    props: { shard, shards },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: number; shards: number }> = async ({ props }) =>
  new Response(await readShard(await searchSources(), props.shard, props.shards), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
