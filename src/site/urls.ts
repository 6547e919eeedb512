/** Links that work under any base path (e.g. `/xinfang/jixiao/`) and on a plain file server. */

import { base } from 'astro:config/client';

// The configured base itself: import.meta.env.BASE_URL would follow a BASE_URL variable of the
// environment the build runs in (a test runner sets one for its own code).
const BASE = base.replace(/\/?$/, '/');

/** `2024/jiean-huajie/` → `${base}2024/jiean-huajie/`. */
export function href(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

export function reportHref(year: number, slug: string, rest = ''): string {
  return href(`${year}/${slug}/${rest}`);
}
