// Chromium as the tests run it (scripts/chromium.mjs: the system's browser, never a downloaded one).
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error('No Chromium found: run `node scripts/chromium.mjs` (or set CHROMIUM_PATH).');
  return path;
}

export async function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** A fresh page on the bench site, its service worker running, with an optional script injected first. */
export async function openBenchPage(browser, url, { initScript } = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (initScript) await page.addInitScript({ path: initScript });
  await page.goto(url);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate(() => window.bench.ready);
  return { context, page, errors };
}
