/**
 * Debian's Chromium driven by playwright-core: no browser download, and flags that keep it off
 * the network entirely.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const found = process.env['CHROMIUM_PATH'] ?? CHROMIUM_PATHS.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      '找不到 Chromium：请先安装 Debian 的 chromium 软件包（apt-get install chromium），或设置 CHROMIUM_PATH',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
