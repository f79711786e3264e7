/// <reference types="vitest/config" />
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { openCspPage } from './test/browser/security/csp/cspCommand';

const dirname = fileURLToPath(new URL('.', import.meta.url));
/** React 18 lives in its own little tree (see test/react18/package.json); `npm test` installs it. */
const react18 = `${dirname}test/react18/node_modules`;
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalPackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
// Node's own modules too (the testing entry's Node build and the bin): else Vite swaps in its browser stub.
const isExternal = (id: string) => id.startsWith('node:') || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

/** The stylesheet ships as written (it is small and hand-kept), beside the JS, not imported by it. */
function copyStylesheet(): Plugin {
  return {
    name: 'fastpass:copy-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(new URL('./src/styles.css', import.meta.url), 'utf8') });
    },
  };
}

/**
 * Lets a browser test emulate CSS media: `prefers-color-scheme` (to test `colorScheme="auto"` for real)
 * and print media (to prove a printout never holds the code).
 */
const emulateMedia: BrowserCommand<[options: { colorScheme?: 'light' | 'dark'; media?: 'print' | 'screen' }]> = async (context, options) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateMedia needs the playwright provider');
  await (context as unknown as { page: { emulateMedia(options: object): Promise<void> } }).page.emulateMedia(options);
};

/** A built file that starts with a shebang (the `fastpass-mock` bin) is executable, and npm packs it so. */
function executableBin(): Plugin {
  return {
    name: 'fastpass:executable-bin',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.code.startsWith('#!') && options.dir) chmodSync(join(options.dir, fileName), 0o755);
      }
    },
  };
}

/**
 * How far a story's screenshot may be from its baseline. Run-to-run noise measured on this machine, with another job
 * keeping the cores busy: 0 pixels in each of ~150 screenshots over three runs. So no pixel may differ past
 * pixelmatch's default colour distance (0.1, a shift no one sees); anti-aliased edges are pixelmatch's to tell
 * apart (it leaves them out by default). A corner squared off changes dozens of pixels, a colour hundreds.
 */
const VISUAL_TOLERANCE = { threshold: 0.1, allowedMismatchedPixels: 0 };
/**
 * Browser test files at once, each in its own page: most of a story's time is spent waiting on real timers (polls,
 * retries, a request timing out), so a page each for three files keeps the two cores busy without slowing any.
 */
const BROWSER_FILES_AT_ONCE = 3;

/** Each browser project gets its own object: Vitest mutates `instances`. */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const }],
    // openCspPage: a page of the card's server HTML sent with a strict Content-Security-Policy header.
    commands: { emulateMedia, openCspPage },
  };
}

export default defineConfig({
  plugins: [
    react(),
    // One declaration file per entry: extensionless relative imports inside .d.ts files do not
    // resolve under moduleResolution node16/nodenext.
    dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src', bundleTypes: true }),
    copyStylesheet(),
    executableBin(),
  ],
  // Code written as a user writes it (the docs' snippets, docs/snippets, and the README's custom UI, quoted from
  // test/utils) imports the package and its entries by name.
  resolve: {
    alias: [
      { find: /^react-fastpass-qrcode$/, replacement: `${dirname}src/index.ts` },
      { find: /^react-fastpass-qrcode\/(testing|server)$/, replacement: `${dirname}src/$1/index.ts` },
      { find: /^react-fastpass-qrcode\/locales\/(.+)$/, replacement: `${dirname}src/locales/$1.ts` },
      { find: /^react-fastpass-qrcode\/styles\.css$/, replacement: `${dirname}src/styles.css` },
    ],
  },
  // Pre-bundled up front: on a cold cache, Vite discovering these mid-run reloads the page and can load
  // two copies of React into one browser test run.
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', '@tanstack/react-query', 'qrcode.react', 'zod/mini', 'msw', 'msw/browser', '@testing-library/react', '@testing-library/user-event', 'jsqr', 'axe-core'],
  },
  build: {
    lib: {
      // The testing entry has a browser-safe build and a Node one (with the HTTP server); the bin is Node's.
      entry: {
        index: 'src/index.ts',
        testing: 'src/testing/index.ts',
        'testing/node': 'src/testing/node.ts',
        'bin/fastpass-mock': 'src/testing/bin.ts',
        // The backend-for-frontend handler: Web Request/Response only, for Node and edge runtimes.
        server: 'src/server/index.ts',
        // Each locale is an entry of its own: nobody pays for a language they do not import.
        'locales/zh-CN': 'src/locales/zh-CN.ts',
        'locales/en-US': 'src/locales/en-US.ts',
        'locales/zh-TW': 'src/locales/zh-TW.ts',
        'locales/ja-JP': 'src/locales/ja-JP.ts',
      },
      formats: ['es'],
    },
    sourcemap: true,
    // public/ holds the mock's service worker for Storybook and browser tests; it is not part of the package.
    copyPublicDir: false,
    minify: false,
    rolldownOptions: {
      external: isExternal,
      // One output file per source module, each keeping its own 'use client': the directive then marks
      // exactly the hooks and components, and a React Server Component can call everything else.
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}', 'docs/snippets/testing/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
          globals: true,
          restoreMocks: true,
        },
      },
      {
        // The peer range claims React 18 too: the hook and component tests run again on React 18.
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: `${react18}/react` },
            { find: /^react\/(.*)$/, replacement: `${react18}/react/$1` },
            { find: /^react-dom$/, replacement: `${react18}/react-dom` },
            { find: /^react-dom\/(.*)$/, replacement: `${react18}/react-dom/$1` },
            // Its CommonJS build would `require` React 19; the ESM build meets the aliases above.
            { find: /^@testing-library\/react$/, replacement: `${dirname}node_modules/@testing-library/react/dist/@testing-library/react.esm.js` },
          ],
        },
        test: {
          name: 'unit-react18',
          environment: 'jsdom',
          env: { FASTPASS_REACT_MAJOR: '18' },
          // The hook and the whole component through the mock; the pure view and the fuzzing run on 19 only.
          include: ['test/unit/hooks/**/*.test.{ts,tsx}', 'test/unit/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
          globals: true,
          restoreMocks: true,
          // Inlined so that their own `import 'react'` meets the alias too.
          server: { deps: { inline: [/@tanstack\/react-query/, /@testing-library\/react/, /qrcode\.react/] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          maxWorkers: BROWSER_FILES_AT_ONCE,
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          globals: true,
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${dirname}.storybook` })],
        test: {
          name: 'storybook',
          maxWorkers: BROWSER_FILES_AT_ONCE,
          // Every story is also a visual test: .storybook/vitest.setup.ts compares what it shows with its baseline.
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            ...chromiumBrowser(),
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                comparatorOptions: VISUAL_TOLERANCE,
                // Time to get two equal screenshots in a row (or one equal to the baseline): 5 s by default, which a
                // page-sized story on a machine with every core busy overran.
                timeout: 30_000,
                // Committed beside the stories, apart from `__screenshots__/` (Vitest's pictures of failed tests, ignored).
                resolveScreenshotPath: ({ root, testFileDirectory, testFileName, arg, browserName, platform, ext }) =>
                  `${root}/${testFileDirectory}/__baselines__/${testFileName}/${arg}-${browserName}-${platform}${ext}`,
              },
            },
          },
        },
      },
    ],
  },
});
