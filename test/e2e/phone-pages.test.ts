/**
 * Every kind of page on a phone (390 × 844 CSS px), in a real Chromium: the page never scrolls
 * sideways (a wide table scrolls in its own box), no title is cut by the box it scrolls in (at
 * either end of its scroll), titles wrap between phrases only, and every control outside a
 * sentence is a touch target of at least 24 × 24 px or has that much room around it (WCAG 2.5.8).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './helpers.ts';
import { openSite, siteFiles } from './helpers.ts';

const PHONE = { width: 390, height: 844 };
const YEAR = '2024';

/** One page of each kind for every 2024 project, the year's pages and the home page. */
function pageKinds(): string[] {
  const files = new Set(siteFiles());
  const slugs = [...files]
    .map((f) => f.match(new RegExp(`^${YEAR}/([^/]+)/report\\.json$`))?.[1])
    .filter((s): s is string => s !== undefined);
  const paths = ['', `${YEAR}/`, `${YEAR}/print/`];
  for (const slug of slugs) {
    const unit = [...files].find((f) => f.startsWith(`${YEAR}/${slug}/units/`));
    for (const part of [
      '',
      'compare/',
      'cases/',
      'payments/',
      'subtotals/',
      'print/',
      'print/annex/',
      unit?.replace(/^.*?\/units\/([^/]+)\/.*$/, 'units/$1/'),
    ]) {
      const path = `${YEAR}/${slug}/${part ?? ''}`;
      if (part !== undefined && files.has(`${path}index.html`)) paths.push(path);
    }
  }
  return paths;
}

interface Problems {
  /** The page's own width beyond the screen's, in CSS px. */
  overflow: number;
  clipped: string[];
  midWord: string[];
  /** Shown <h1>s whose text is not marked in phrases (so could break anywhere). */
  unmarked: string[];
  smallTargets: string[];
}

/** Measures the open page as a phone shows it, once at each end of every sideways scroll. */
function measure(page: Page): Promise<Problems> {
  // Against the screen's width: on a phone a wider page widens the window (innerWidth) too.
  return page.evaluate((screenWidth) => {
    const scrollsSideways = (e: Element) =>
      ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX) &&
      e.scrollWidth > e.clientWidth + 1;
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && getComputedStyle(e).visibility !== 'hidden';
    };
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim().slice(0, 24)}”`;
    const titles = [...document.querySelectorAll('h1, h2, h3, caption, figcaption')].filter(shown);

    // A title lies within the box it scrolls in, with the box at its left and at its right end.
    const clipped = new Set<string>();
    for (const t of titles) {
      if (t.scrollWidth > t.clientWidth + 1) clipped.add(`${name(t)} cut within itself`);
      let scroller = t.parentElement;
      while (scroller && !scrollsSideways(scroller)) scroller = scroller.parentElement;
      if (!scroller) continue;
      for (const end of [0, scroller.scrollWidth]) {
        scroller.scrollLeft = end;
        const s = scroller.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        const left = s.left + scroller.clientLeft;
        if (r.left < left - 1 || r.right > left + scroller.clientWidth + 1)
          clipped.add(
            `${name(t)} cut by its scroll box (scrolled to ${end === 0 ? 'left' : 'right'})`,
          );
      }
      scroller.scrollLeft = 0;
    }

    // A title broken into lines breaks between its phrases (the text between two <wbr>) only,
    // unless a phrase is wider than the line.
    const midWord: string[] = [];
    for (const span of document.querySelectorAll('.phrases')) {
      if (!shown(span)) continue;
      const width = (span.parentElement ?? span).clientWidth;
      for (const node of span.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const text = node as Text;
        const range = document.createRange();
        range.selectNodeContents(text);
        if (range.getBoundingClientRect().width > width) continue;
        const tops = new Set<number>();
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0) tops.add(Math.round(rect.top / 4));
        }
        if (tops.size > 1) midWord.push(`${name(span.parentElement ?? span)}: “${text.data}”`);
      }
    }

    const unmarked = [...document.querySelectorAll('h1')]
      .filter((h) => shown(h) && !h.querySelector('.phrases'))
      .map(name);

    // Targets: links, buttons, summaries, fields and scrollable boxes, except a link within a
    // sentence (its size is the text's). Undersized, it needs 24 px free of other targets.
    const targets = [
      ...document.querySelectorAll('a[href], button, summary, input, [tabindex="0"]'),
    ].filter((e) => {
      if (!shown(e)) return false;
      if (getComputedStyle(e).display !== 'inline') return true;
      const block = e.parentElement;
      return (block?.textContent ?? '').trim() === (e.textContent ?? '').trim();
    });
    const rects = targets.map((e) => e.getBoundingClientRect());
    const smallTargets: string[] = [];
    targets.forEach((e, i) => {
      const r = rects[i];
      if (!r || (r.width >= 24 && r.height >= 24)) return;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const crowded = rects.some(
        (o, j) =>
          j !== i &&
          o.left < cx + 12 &&
          o.right > cx - 12 &&
          o.top < cy + 12 &&
          o.bottom > cy - 12 &&
          !targets[j]?.contains(e) &&
          !e.contains(targets[j] ?? null),
      );
      if (crowded)
        smallTargets.push(`${name(e)} ${Math.round(r.width)} × ${Math.round(r.height)} px`);
    });

    return {
      overflow: document.documentElement.scrollWidth - screenWidth,
      clipped: [...clipped],
      midWord,
      unmarked,
      smallTargets,
    };
  }, PHONE.width);
}

describe('every kind of page on a phone (390 × 844)', () => {
  let session: Session;
  let phone: Page;

  beforeAll(async () => {
    session = await openSite();
    phone = await session.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  });

  afterAll(async () => {
    await session.close();
  });

  it('has pages of every kind to look at', () => {
    const paths = pageKinds();
    for (const kind of ['compare/', 'cases/', 'payments/', 'subtotals/', 'print/annex/', 'units/'])
      expect(paths.some((p) => p.includes(`/${kind}`))).toBe(true);
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(pageKinds())(
    '/%s: no sideways page scroll, no clipped title, titles broken between phrases, targets ≥ 24 px',
    async (path) => {
      await phone.goto(`${session.server.url}${path}`);
      const found = await measure(phone);
      expect(found.overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
      expect(found.clipped).toEqual([]);
      expect(found.midWord).toEqual([]);
      expect(found.unmarked).toEqual([]);
      expect(found.smallTargets).toEqual([]);
    },
  );

  it('search results open over the page without widening it', async () => {
    await phone.goto(session.server.url);
    await phone.fill('#site-search-q', '积案');
    await phone.waitForFunction(() => {
      const s = document.querySelector('.search-status')?.textContent ?? '';
      return s !== '' && s !== '正在搜索……';
    });
    expect(await phone.locator('.search-results a').count()).toBeGreaterThan(0);
    const found = await measure(phone);
    expect(found.overflow).toBeLessThanOrEqual(0);
    expect(found.smallTargets).toEqual([]);
  });
});

describe('the checks above', () => {
  let session: Session;
  let phone: Page;

  beforeAll(async () => {
    session = await openSite();
    phone = await session.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  });

  afterAll(async () => {
    await session.close();
  });

  it('measure(page) sees a wide page, a title cut by its scroll box, a mid-phrase break and a small target', async () => {
    await phone.setContent(`<!doctype html><html lang="zh-CN"><meta name="viewport" content="width=device-width"><body style="margin:0">
      <div style="width:500px">宽</div>
      <div style="overflow-x:auto;width:300px"><table style="width:900px"><caption style="text-align:center">项目支出绩效自评表（2024年度）</caption><tr><td>1</td></tr></table></div>
      <h1 style="width:200px;font-size:32px"><span class="phrases">信访积案化解专项资金<wbr>绩效</span></h1>
      <p>正文</p><button style="width:16px;height:16px;padding:0">x</button><button style="width:16px;height:16px;padding:0">y</button>
    </body></html>`);
    const found = await measure(phone);
    expect(found.overflow).toBeGreaterThan(0);
    expect(found.clipped.join('\n')).toContain('项目支出绩效自评表');
    expect(found.smallTargets).toHaveLength(2);
    expect(found.unmarked).toEqual([]);
    await phone.setContent(`<!doctype html><html lang="zh-CN"><meta name="viewport" content="width=device-width"><body style="margin:0">
      <h1 style="width:300px;font-size:32px;word-break:normal"><span class="phrases">信访积案<wbr>化解专项资金</span></h1>
    </body></html>`);
    expect((await measure(phone)).midWord.join()).toContain('化解专项资金');
    await phone.setContent('<!doctype html><h1>示例区信访局项目支出绩效自评</h1>');
    expect((await measure(phone)).unmarked).toHaveLength(1);
  });
});
