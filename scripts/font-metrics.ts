/**
 * `npm run font-metrics`: measures the advance widths of U+0020–U+007E and the baselines of
 * Noto Sans CJK SC in Chromium, as src/charts/text-metrics.ts holds them. Run it to check that
 * table, or to make a new one should the site's font change.
 */
import { launchBrowser } from './lib/browser.ts';

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const metrics = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) throw new Error('没有 2D 画布');
    ctx.font = "1000px 'Noto Sans CJK SC'";
    const ascii: number[] = [];
    for (let code = 0x20; code < 0x7f; code++)
      ascii.push(Math.round(ctx.measureText(String.fromCharCode(code)).width));
    const shift = (baseline: CanvasTextBaseline) => {
      ctx.textBaseline = baseline;
      return -ctx.measureText('中').alphabeticBaseline / 1000;
    };
    return {
      ascii,
      ideograph: Math.round(ctx.measureText('中').width),
      baselines: { top: shift('top'), middle: shift('middle'), bottom: shift('bottom') },
    };
  });
  console.log(`ASCII（U+0020–U+007E，千分之一 em）：\n${metrics.ascii.join(', ')}`);
  console.log(`汉字：${metrics.ideograph}`);
  console.log(`基线位移（em）：${JSON.stringify(metrics.baselines)}`);
} finally {
  await browser.close();
}
