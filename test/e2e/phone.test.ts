/**
 * The report on a phone (390 × 844 CSS px, as an iPhone 12–15 shows it), in a real Chromium:
 * every chart scaled to the screen, nothing of it off to the side, the donut's legend in view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './helpers.ts';
import { openSite } from './helpers.ts';

const PHONE = { width: 390, height: 844 };

describe('a report page on a phone (390 × 844)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(['2024/jiean-huajie/', '2024/jiean-huajie/compare/'])(
    '%s shows each chart whole within the screen, its caption and legend in view',
    async (path) => {
      const page = await session.browser.newPage({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
      });
      await page.goto(`${session.server.url}${path}`);
      const charts = await page.$$eval('figure[data-chart]', (figures) =>
        figures.map((f) => {
          const box = (e: Element | null) => {
            const r = e?.getBoundingClientRect();
            return r ? { left: r.left, right: r.right, width: r.width } : undefined;
          };
          const drawing = f.querySelector('.chart-drawing');
          return {
            kind: f.getAttribute('data-chart') ?? '?',
            svg: box(f.querySelector('svg')),
            caption: box(f.querySelector('figcaption')),
            captionCut: (() => {
              const c = f.querySelector('figcaption');
              return c ? c.scrollWidth > c.clientWidth + 1 : true;
            })(),
            scrolls: drawing ? drawing.scrollWidth > drawing.clientWidth + 1 : true,
            texts: [...f.querySelectorAll('svg text')].map((t) => box(t)),
          };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.svg, c.kind).toBeDefined();
        // Scaled to the screen: at least nine tenths of its width, none of it beyond.
        expect(c.svg?.left ?? -1, c.kind).toBeGreaterThanOrEqual(0);
        expect(c.svg?.right ?? 1e9, c.kind).toBeLessThanOrEqual(PHONE.width);
        expect(c.svg?.width ?? 0, c.kind).toBeGreaterThan(PHONE.width * 0.9);
        expect(c.scrolls, `${c.kind} scrolls sideways`).toBe(false);
        expect(c.captionCut, `${c.kind} caption cut`).toBe(false);
        expect(c.caption?.right ?? 1e9, c.kind).toBeLessThanOrEqual(PHONE.width);
        // Every label, the donut's legend among them, lies on the screen.
        for (const t of c.texts) {
          expect(t?.left ?? -1, c.kind).toBeGreaterThanOrEqual(0);
          expect(t?.right ?? 1e9, c.kind).toBeLessThanOrEqual(PHONE.width);
        }
      }
      // The page itself does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
      await page.close();
    },
  );
});
