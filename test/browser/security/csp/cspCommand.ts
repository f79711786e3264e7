// The browser command behind test/browser/security/csp.browser.test.tsx. Vitest's browser mode cannot send response
// headers for its own page, so this opens, from Node, a page of its own in the same Chromium: server-rendered HTML of
// the card sent with a strict Content-Security-Policy header (server.tsx), with scripts on (hydration) or off (the
// server HTML alone), at device pixel ratio 1. It returns what a person would see there, and every violation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PluginBuild } from 'esbuild';
import type { BrowserCommand } from 'vitest/node';
import type * as CspServer from './server';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const root = here('../../../../');

export interface CspPageOptions {
  page: 'cards' | 'custom';
  /** Give the page (and the provider) a nonce, and the policy `style-src 'self' 'nonce-…'`. */
  nonce?: boolean;
  /** Scripts off: the server HTML alone, as it shows before hydration. */
  scriptsOff?: boolean;
  /** Press the custom UI's button once hydrated. */
  click?: boolean;
}

export interface CspCardMeasure {
  accent: string;
  background: string;
  fontFamily: string;
  codeBox: { width: number; height: number } | null;
  codeRadius: string;
  liveBox: { width: number; height: number } | null;
  photos: number;
  initials: string[];
}

export interface CspPageResult {
  violations: string[];
  errors: string[];
  cards: Record<string, CspCardMeasure | null>;
  /** PNG screenshots (base64) of each drawn code: `#<card id>` or `custom`. */
  codes: Record<string, string>;
}

interface PlaywrightLike {
  page: {
    context(): { browser(): { newContext(options: object): Promise<PlaywrightContext> } | null };
  };
}
interface PlaywrightContext {
  newPage(): Promise<PlaywrightPage>;
  close(): Promise<void>;
}
interface PlaywrightLocator {
  count(): Promise<number>;
  screenshot(): Promise<Buffer>;
  waitFor(options: object): Promise<void>;
  click(): Promise<void>;
}
interface PlaywrightPage {
  goto(url: string): Promise<unknown>;
  on(event: 'console' | 'pageerror', listener: (message: { type?(): string; text?(): string; message?: string }) => void): void;
  locator(selector: string): PlaywrightLocator;
  getByRole(role: string, options: object): PlaywrightLocator;
  evaluate<T>(fn: () => T): Promise<T>;
  waitForFunction(fn: () => boolean, arg: undefined, options: { timeout: number }): Promise<unknown>;
}

let built: Promise<{ startCspServer: typeof CspServer.startCspServer; clientJs: string }> | undefined;

/** Bundles the page for Node (server rendering) and for the browser (hydration) from the sources, once per run. */
function build() {
  built ??= (async () => {
    const esbuild = await import('esbuild');
    const alias = { name: 'package-name', setup(b: PluginBuild) {
      b.onResolve({ filter: /^react-fastpass-qrcode$/ }, () => ({ path: `${root}src/index.ts` }));
    } };
    const common = { bundle: true, jsx: 'automatic' as const, plugins: [alias], logLevel: 'error' as const, write: false };
    const client = await esbuild.build({
      ...common,
      entryPoints: [here('./client.tsx')],
      format: 'iife',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"development"' },
    });
    const outfile = `${root}node_modules/.cache/fastpass-csp/server.mjs`;
    await esbuild.build({ ...common, write: true, entryPoints: [here('./server.tsx')], outfile, format: 'esm', platform: 'node', packages: 'external' });
    const server = (await import(/* @vite-ignore */ `${outfile}?t=${Date.now()}`)) as typeof CspServer;
    return { startCspServer: server.startCspServer, clientJs: client.outputFiles?.[0]?.text ?? '' };
  })();
  return built;
}

export const openCspPage: BrowserCommand<[options: CspPageOptions]> = async (context, options): Promise<CspPageResult> => {
  if (context.provider.name !== 'playwright') throw new Error('openCspPage needs the playwright provider');
  const { startCspServer, clientJs } = await build();
  const server = await startCspServer({ clientJs, stylesCss: readFileSync(`${root}src/styles.css`, 'utf8') });
  const browser = (context as unknown as PlaywrightLike).page.context().browser();
  if (!browser) throw new Error('openCspPage: no browser');
  const pageContext = await browser.newContext({ javaScriptEnabled: !options.scriptsOff, deviceScaleFactor: 1, viewport: { width: 800, height: 900 } });
  try {
    const page = await pageContext.newPage();
    const errors: string[] = [];
    // Chromium reports each violation on the console too, scripts on or off ("Refused to apply inline style…").
    const refused: string[] = [];
    page.on('console', (message) => {
      const text = message.text?.() ?? '';
      if (/Content Security Policy/i.test(text)) refused.push(text);
      // The photos' 404s are the test's own (they fail before hydration on purpose).
      else if (message.type?.() === 'error' && !text.startsWith('Failed to load resource')) errors.push(text);
    });
    page.on('pageerror', (error) => errors.push(error.message ?? ''));
    await page.goto(`${server.origin}/${options.page}${options.nonce ? '?nonce=n0nc3-f0r-th3-t3st' : ''}`);
    if (!options.scriptsOff) {
      await page.locator('body[data-hydrated]').waitFor({ state: 'attached', timeout: 10_000 });
      // A photo that failed before hydration is asked once more (decode) and gives way to the initials: wait for that,
      // not for a fixed time. On time-out the measurement below still runs, and the test's assertion says what is wrong.
      await page
        .waitForFunction(() => document.querySelectorAll('[data-slot="avatar"] img').length === 0, undefined, { timeout: 10_000 })
        .catch(() => undefined);
      if (options.click) {
        await page.locator('#custom button').click();
        await page.locator('#custom svg').waitFor({ state: 'visible', timeout: 10_000 });
      }
    }
    const measured = await page.evaluate(() => {
      const box = (element: Element | null) => {
        if (!element) return null;
        const { width, height } = element.getBoundingClientRect();
        return { width: Math.round(width), height: Math.round(height) };
      };
      const cards: Record<string, unknown> = {};
      for (const card of document.querySelectorAll('[data-slot="root"]')) {
        const style = getComputedStyle(card);
        const code = card.querySelector('[data-slot="code"]');
        cards[card.id] = {
          accent: style.getPropertyValue('--fastpass-accent').trim(),
          background: style.backgroundColor,
          fontFamily: style.fontFamily,
          codeBox: box(code),
          codeRadius: code ? getComputedStyle(code).borderRadius : '',
          liveBox: box(card.querySelector('[data-slot="live"]')),
          photos: card.querySelectorAll('img').length,
          initials: [...card.querySelectorAll('[data-slot="avatar"] > span')].map((span) => span.textContent ?? ''),
        };
      }
      return { cards, violations: (window as unknown as { __violations?: string[] }).__violations ?? [] };
    });
    const codes: Record<string, string> = {};
    for (const id of Object.keys(measured.cards)) {
      const svg = page.locator(`#${id} [data-slot="code"]`);
      if ((await page.locator(`#${id} svg[data-slot="qrcode"]`).count()) > 0) codes[`#${id}`] = (await svg.screenshot()).toString('base64');
    }
    if ((await page.locator('#custom svg').count()) > 0) codes.custom = (await page.locator('#custom svg').screenshot()).toString('base64');
    return { violations: [...measured.violations, ...refused], errors, cards: measured.cards as CspPageResult['cards'], codes };
  } finally {
    await pageContext.close();
    await server.close();
  }
};
