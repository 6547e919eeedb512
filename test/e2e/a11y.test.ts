/**
 * Accessibility: every HTML page of the built sample, print pages included, run through axe in
 * Chromium (its default rules, which hold the WCAG 2.0/2.1 A and AA ones), with no violation;
 * and the keyboard path of a report page and a print page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, openSite, pagePath } from './helpers.ts';
import type { Session } from './helpers.ts';

let session: Session;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await openSite();
  context = await session.browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context.close();
  await session.close();
});

/** One line per failing element: page, rule, target selector, what axe says. */
function describeViolations(path: string, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `/${path}  ${v.id}  ${n.target.join(' ')}  ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`,
    ),
  );
}

const pages = htmlPages().map(pagePath);

describe('every page of the sample under axe', () => {
  it('the sample has its report, ledger and print pages (not an empty list)', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain('');
    expect(pages.some((p) => p.endsWith('/print/'))).toBe(true);
    expect(pages.some((p) => /\/print\/subtotal-[a-z]+\/$/.test(p))).toBe(true);
    expect(pages.some((p) => /\/units\/[^/]+\/$/.test(p))).toBe(true);
  });

  it('a page spoiled on purpose (an unnamed image, pale text) is reported with rule and target', async () => {
    await page.goto(session.server.url, { waitUntil: 'load' });
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const img = document.createElement('img');
      img.id = 'spoiled-img';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      const p = document.createElement('p');
      p.id = 'spoiled-text';
      p.textContent = '对比度太低的说明文字';
      p.style.color = '#cccccc';
      main?.append(img, p);
    });
    const lines = describeViolations('', (await new AxeBuilder({ page }).analyze()).violations);
    expect(lines.some((l) => l.includes('image-alt') && l.includes('#spoiled-img'))).toBe(true);
    expect(lines.some((l) => l.includes('color-contrast') && l.includes('#spoiled-text'))).toBe(
      true,
    );
  });

  it.for(pages)('/%s has no violation of axe’s rules (WCAG 2 A/AA included)', async (path) => {
    await page.goto(session.server.url + path, { waitUntil: 'load' });
    // axe skips what is hidden: the charts' data tables are checked opened.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const result = await new AxeBuilder({ page }).analyze();
    // The run really covered the WCAG 2 A and AA rules, contrast among them.
    const ran = new Set(
      [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map(
        (r) => r.id,
      ),
    );
    for (const rule of ['color-contrast', 'html-has-lang', 'image-alt', 'th-has-data-cells'])
      expect(ran).toContain(rule);
    const lines = describeViolations(path, result.violations);
    if (lines.length > 0) console.log(lines.join('\n'));
    expect(lines).toEqual([]);
  });
});

interface Focused {
  tag: string;
  text: string;
  className: string;
  id: string;
  outline: string;
  inView: boolean;
}

async function tab(): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const style = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    return {
      tag: e.tagName.toLowerCase(),
      text: (e.textContent ?? '').trim(),
      className: e.className,
      id: e.id,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      inView: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0,
    };
  });
}

describe('the keyboard path', () => {
  it('report page: Tab first reaches a visible 跳到正文 with a focus ring, which leads into main', async () => {
    await page.goto(`${session.server.url}2024/jiean-huajie/`, { waitUntil: 'load' });
    const first = await tab();
    expect(first).toMatchObject({ tag: 'a', text: '跳到正文', className: 'skip-link' });
    expect(first.inView).toBe(true);
    expect(first.outline).toBe('solid 3px');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next stop is inside main, not back in the header.
    const next = await tab();
    expect(next.tag).not.toBe('body');
    expect(
      await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
    ).toBe(true);
    expect(next.outline).toBe('solid 3px');
  });

  it('report page: every stop shows a focus ring, and scrollable tables are stops', async () => {
    await page.goto(`${session.server.url}2024/jiean-huajie/`, { waitUntil: 'load' });
    const stops: Focused[] = [];
    for (let i = 0; i < 200; i++) {
      const f = await tab();
      if (f.tag === 'body') break;
      stops.push(f);
    }
    expect(stops.length).toBeGreaterThan(10);
    for (const s of stops) expect(s.outline, `${s.tag} ${s.text.slice(0, 20)}`).toBe('solid 3px');
    expect(stops.some((s) => s.className.includes('table-wrap'))).toBe(true);
    expect(stops.some((s) => s.tag === 'summary' && s.text === '数据表')).toBe(true);
  });

  it('print page: the 打印 button is a real button reached by Tab', async () => {
    await page.goto(`${session.server.url}2024/jiean-huajie/print/`, { waitUntil: 'load' });
    let found: Focused | undefined;
    for (let i = 0; i < 20 && !found; i++) {
      const f = await tab();
      if (f.tag === 'button' && f.text === '打印') found = f;
    }
    expect(found?.outline).toBe('solid 3px');
    expect(found?.inView).toBe(true);
  });
});
