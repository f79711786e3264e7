// Builds Storybook (or takes storybook-static/ with --no-build), serves it from a sub-path on localhost,
// opens a story in headless Chromium and checks that the mock Authing answers: the Fastpass card reaches
// data-state="pending". That proves the MSW worker registered from the sub-path, not the site root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveStatic } from './lib/serveStatic.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(ROOT, 'storybook-static');
const BASE = '/docs/storybook/';
const STORY_ID = 'fastpassqrcode-states--pending';
const TIMEOUT_MS = 30_000;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function fail(message) {
  console.error(`check-storybook-static: ${message}`);
  process.exitCode = 1;
}

if (!process.argv.includes('--no-build')) {
  console.log('Building Storybook…');
  execFileSync('npx', ['storybook', 'build', '--quiet', '-o', OUT], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`Built in ${elapsed()}`);
}
if (!existsSync(join(OUT, 'iframe.html'))) {
  fail(`no ${OUT}/iframe.html: run \`npm run build-storybook\` or drop --no-build.`);
  process.exit();
}

/** OUT under BASE only; anything else (the site root's /mockServiceWorker.js above all) is a 404. */
const requested = [];
const { origin, close } = await serveStatic(OUT, { base: BASE, onRequest: (path) => requested.push(path) });

const executablePath = findChromium();
if (!executablePath) {
  await close();
  fail('no Chromium found: install one (node scripts/chromium.mjs) or set CHROMIUM_PATH.');
  process.exit();
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = `${origin}${BASE}iframe.html?id=${STORY_ID}&viewMode=story`;
  console.log(`Opening ${url}`);
  await page.goto(url);
  try {
    await page.waitForSelector('[data-slot="root"][data-state="pending"]', { timeout: TIMEOUT_MS });
  } catch {
    const state = await page.locator('[data-slot="root"]').first().getAttribute('data-state').catch(() => null);
    throw new Error(`the story never reached data-state="pending" (last: ${state ?? 'no component'}); page errors: ${errors.join(' | ') || 'none'}`);
  }
  const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  const expected = `${origin}${BASE}mockServiceWorker.js`;
  if (worker !== expected) throw new Error(`the page is controlled by ${worker ?? 'no service worker'}, expected ${expected}`);
  const qr = await page.getByRole('img', { name: /快速认证二维码$/ }).count();
  if (qr !== 1) throw new Error(`expected one QR code on the page, found ${qr}`);
  const outside = requested.filter((path) => !path.startsWith(BASE));
  if (outside.length > 0) console.log(`Requests outside ${BASE} (answered 404): ${[...new Set(outside)].join(', ')}`);
  console.log(`OK: ${STORY_ID} reached data-state="pending" from ${BASE}, worker ${worker} (${elapsed()})`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  await close();
}
