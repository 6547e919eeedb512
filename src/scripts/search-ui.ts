/**
 * The search across every year, run in the browser against the index the build wrote under
 * `<base>search/` (src/site/search.ts, src/lib/search/search-index.ts):
 *
 * - a number (案件编号, 拨付编号) is looked up exactly, in the one shard its hash names (信访人编号
 *   is not searchable: the index holds no trace of it, docs/privacy-publishing.md);
 * - 责任单位 and indicator (三级指标) names, and then the narrative, are searched for the words.
 *
 * Results link to the ledger page and row (`#c-<案件编号>`, `#p-<拨付编号>`), the unit's case list or
 * the report section. Every text is set with textContent: nothing from the index becomes markup.
 */
import { normalizeKey, shardOf } from '../lib/search/search-key.ts';

type YearEntry = [year: number, slug: string, name: string];
type NamedEntry = [name: string, year: number, path: string];
interface SearchIndex {
  version: number;
  shards: number;
  years: YearEntry[];
  units: NamedEntry[];
  indicators: NamedEntry[];
}
type IdRecord = [key: string, kind: 'c' | 'p', year: number, page: number, id?: string];
type TextSection = [year: number, key: string, title: string, text: string];

interface Result {
  label: string;
  detail: string;
  href: string;
}

/** Results shown at most; the status line says how many there were. */
const MAX_RESULTS = 50;

export function attach(form: HTMLFormElement): void {
  const base = form.dataset['base'] ?? '/';
  const input = form.querySelector('input') as HTMLInputElement;
  const list = form.querySelector('[data-search-results]') as HTMLOListElement;
  const status = form.querySelector('.search-status') as HTMLElement;
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(path: string): Promise<T> => {
    let p = cache.get(path);
    if (!p) {
      p = fetch(`${base}search/${path}`).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<unknown>;
      });
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p as Promise<T>;
  };

  let serial = 0;
  let timer: number | undefined;
  const run = async () => {
    const query = input.value;
    const mine = ++serial;
    if (normalizeKey(query) === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const results = await search(query, base, load);
      if (mine !== serial) return;
      show(results);
    } catch {
      if (mine !== serial) return;
      list.replaceChildren();
      status.textContent = '搜索索引未能加载，请稍后重试，或从首页进入台账逐页查阅。';
    }
  };
  const show = (results: Result[]) => {
    const items = results.slice(0, MAX_RESULTS).map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.href;
      a.textContent = r.label;
      const detail = document.createElement('span');
      detail.className = 'search-detail';
      detail.textContent = r.detail;
      li.append(a, ' ', detail);
      return li;
    });
    list.replaceChildren(...items);
    status.textContent =
      results.length === 0
        ? '没有找到。编号须完整输入（如 XF2024-0032），名称和正文可输入其中的词语。'
        : results.length > MAX_RESULTS
          ? `找到 ${results.length} 条，显示前 ${MAX_RESULTS} 条`
          : `找到 ${results.length} 条`;
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 150);
  });
  form.addEventListener('submit', () => {
    window.clearTimeout(timer);
    void run();
  });
  if (input.value !== '') void run();
}

export async function search(
  query: string,
  base: string,
  load: <T>(path: string) => Promise<T>,
): Promise<Result[]> {
  const key = normalizeKey(query);
  const index = await load<SearchIndex>('index.json');
  const yearOf = (i: number) => index.years[i] as YearEntry;
  const pageHref = (i: number, rest: string) => {
    const [year, slug] = yearOf(i);
    return `${base}${year}/${slug}/${rest}`;
  };
  const where = (i: number) => `${yearOf(i)[0]}年度 ${yearOf(i)[2]}`;
  const results: Result[] = [];

  // Numbers: the one shard that holds the key.
  const records = await load<IdRecord[]>(`ids/${shardOf(key, index.shards)}.json`);
  for (const [k, kind, year, page, id = k] of records) {
    if (k !== key) continue;
    const part = kind === 'p' ? 'payments' : 'cases';
    const anchor = `#${encodeURIComponent(`${kind}-${id}`)}`;
    const href = pageHref(year, `${part}/${page > 1 ? `${page}/` : ''}${anchor}`);
    const label = kind === 'c' ? `案件 ${id}` : `拨付 ${id}`;
    const ledger = kind === 'p' ? '资金拨付明细' : '案件台账';
    results.push({ label, detail: `${where(year)} · ${ledger}第 ${page} 页`, href });
  }

  const words = key.toLowerCase();
  const matches = (name: string) => normalizeKey(name).toLowerCase().includes(words);
  for (const [name, year, path] of index.units) {
    if (matches(name))
      results.push({
        label: `责任单位 ${name}`,
        detail: `${where(year)} · 案件清单`,
        href: pageHref(year, path),
      });
  }
  for (const [name, year, path] of index.indicators) {
    if (matches(name))
      results.push({
        label: `指标 ${name}`,
        detail: `${where(year)} · 报告`,
        href: pageHref(year, path),
      });
  }

  // Words in the narrative: only for two characters or more, and only when no number matched.
  if (results.length === 0 && [...key].length >= 2) {
    for (const [year, section, title, text] of await load<TextSection[]>('text.json')) {
      const at = normalizeKey(text).toLowerCase().indexOf(words);
      if (at < 0) continue;
      const from = Math.max(0, at - 20);
      const snippet = `${from > 0 ? '……' : ''}${text.slice(from, at + words.length + 30)}……`;
      results.push({
        label: `${title}`,
        detail: `${where(year)} · ${snippet}`,
        href: pageHref(year, `#${section}`),
      });
    }
  }
  return results;
}
