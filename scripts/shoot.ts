/**
 * `node scripts/shoot.ts <site-folder> <path> <out.png> [width]`: a full-page screenshot of one
 * page of a built site, for looking at what a reader sees.
 */
import { launchBrowser } from './lib/browser.ts';
import { serveSite } from './lib/serve.ts';

const [dir = 'dist', path = '', out = 'shot.png', width = '1200'] = process.argv.slice(2);
const server = await serveSite(dir, process.env['XF_BASE'] ?? '/');
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
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
} finally {
  await browser.close();
  await server.close();
}
