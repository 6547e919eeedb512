/**
 * `node scripts/shoot.ts <site-folder> <path> <out.png> [width] [parts]`: a full-page screenshot
 * of one page of a built site, for looking at what a reader sees. With `parts` > 1 the page is
 * cut into that many images (`out-1.png` …), each small enough to look at closely.
 */
import { readSettings } from '../src/lib/base/settings.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveSite } from './lib/serve.ts';

const [dir = 'dist', path = '', out = 'shot.png', width = '1200', parts = '1'] =
  process.argv.slice(2);
const server = await serveSite(dir, readSettings(process.env).base);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    deviceScaleFactor: 1,
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      console.error(`[console.${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const n = Number(parts);
  if (n <= 1) {
    await page.screenshot({ path: out, fullPage: true });
    console.log(out);
  } else {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const step = Math.ceil(height / n);
    for (let i = 0; i < n; i++) {
      const file = out.replace(/\.png$/, `-${i + 1}.png`);
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: {
          x: 0,
          y: i * step,
          width: Number(width),
          height: Math.min(step, height - i * step),
        },
      });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
