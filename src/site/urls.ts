/** Links that work under any base path (e.g. `/xinfang/jixiao/`) and on a plain file server. */

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `2024/jiean-huajie/` → `${base}2024/jiean-huajie/`. */
export function href(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

export function reportHref(year: number, slug: string, rest = ''): string {
  return href(`${year}/${slug}/${rest}`);
}
