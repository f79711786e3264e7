// Builds Storybook (or takes storybook-static/ with --no-build), serves it from a sub-path on localhost,
// opens a story in headless Chromium and checks that the mock Authing answers: the Fastpass card reaches
// data-state="pending". That proves the MSW worker registered from the sub-path, not the site root.
// Then every page of the documentation site (docs/*.mdx) from there: it renders, its live stories draw, the page logs
// no console error, axe finds no violation, and every link to another page or story resolves.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  await checkDocsPages(browser);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  await close();
}

/** Every page of the documentation site, from the sub-path: rendered, no console error, no axe violation, links alive. */
async function checkDocsPages(browser) {
  const { entries } = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8'));
  const pages = Object.values(entries).filter((entry) => entry.type === 'docs' && entry.importPath.startsWith('./docs/'));
  if (pages.length === 0) throw new Error('no documentation pages (docs/*.mdx) in index.json');
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const entry of pages) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    try {
      await page.goto(`${origin}${BASE}iframe.html?id=${entry.id}&viewMode=docs`);
      await page.waitForSelector('.sbdocs-content h1', { timeout: TIMEOUT_MS });
      // Each live story on the page has drawn its component (a story's own errors show in place of it): no loader left
      // (Storybook's, which has a role of its own), and something of the story's (a slot, a role or a button).
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('.docs-story')].every(
            (story) => !story.querySelector('[aria-label="Content is loading..."]') && story.querySelector('[data-slot], [role], button'),
          ),
        undefined,
        { timeout: TIMEOUT_MS },
      );
      const stories = await page.locator('.docs-story').count();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const { violations } = await globalThis.axe.run(document.querySelector('#storybook-docs'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        return violations.map((violation) => `${violation.id} (${violation.nodes.length}×): ${violation.help} — ${violation.nodes[0]?.target.join(' ')}`);
      });
      problems.push(...violations.map((violation) => `axe: ${violation}`));
      const links = await page.$$eval('#storybook-docs a[href]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      for (const href of links) {
        const target = /[?&]path=\/(docs|story)\/([\w-]+)/.exec(href ?? '');
        if (target && !entries[target[2]]) problems.push(`dead link: ${href}`);
      }
      if (problems.length > 0) fail(`${entry.title} (${entry.importPath}):\n  ${problems.join('\n  ')}`);
      else console.log(`OK: ${entry.title}: rendered from ${BASE}, ${stories} live ${stories === 1 ? 'story' : 'stories'}, ${links.length} links, no console error, no axe violation`);
    } catch (error) {
      fail(`${entry.title} (${entry.importPath}): ${error instanceof Error ? error.message : String(error)}${problems.length > 0 ? `\n  ${problems.join('\n  ')}` : ''}`);
    } finally {
      await page.close();
    }
  }
}
