// Bundle weight: what a Vite app adds when it renders <FastpassQRCode>, built from the package's dist/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { BUDGETS } from './budgets.mjs';
import { addSizes, kb, sizesOf, subtractSizes, ZERO_SIZES } from './lib/compress.mjs';
import { BENCH, PACKAGE_ALIASES, REPO } from './lib/paths.mjs';

const CONSUMER = join(BENCH, 'consumer');

/** Where each module of the app goes when the build is split by package, to say who weighs what. */
const PARTS = [
  { name: 'react + react-dom + scheduler', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: '@tanstack/react-query', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'qrcode.react', test: /node_modules[\\/]qrcode\.react[\\/]/ },
  { name: 'zod (zod/mini as the package uses it)', test: /node_modules[\\/]zod[\\/]/ },
  { name: 'react-fastpass-qrcode (its own code)', test: (id) => id.startsWith(join(REPO, 'dist')) },
];

/** Builds one entry as a production app (minified, one chunk unless `split`), returns JS and CSS sizes. */
async function buildApp(entry, outDir, { split = false } = {}) {
  const result = await build({
    configFile: false,
    envFile: false,
    root: CONSUMER,
    publicDir: false,
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    resolve: { alias: PACKAGE_ALIASES },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      cssMinify: true,
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: false,
      rolldownOptions: {
        input: join(CONSUMER, entry),
        // The library's 'use client' directive means nothing in a client-only bundle.
        onwarn: () => {},
        output: split
          ? { codeSplitting: { minSize: 0, groups: PARTS.map(({ test }, index) => ({ name: `part${index}`, test })) } }
          : { codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  const css = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
  const js = chunks.reduce((sum, chunk) => addSizes(sum, sizesOf(readFileSync(join(outDir, chunk.fileName)))), ZERO_SIZES);
  const styles = css.reduce((sum, asset) => addSizes(sum, sizesOf(readFileSync(join(outDir, asset.fileName)))), ZERO_SIZES);
  const code = Object.fromEntries(
    chunks.map((chunk) => {
      const part = /^part(\d+)/.exec(chunk.name)?.[1];
      return [part === undefined ? 'app' : PARTS[Number(part)].name, readFileSync(join(outDir, chunk.fileName), 'utf8')];
    }),
  );
  const parts = Object.fromEntries(Object.entries(code).map(([name, text]) => [name, sizesOf(text)]));
  return { js, css: styles, parts, code };
}

/**
 * The files both gates measure (`npm run bench` here, size-limit in `npm test` through `.size-limit.js`), so
 * that they read the same numbers: the library's chunk of the split app (its own code), and the app in one
 * bundle with and without Fastpass (what it adds is the difference), as Vite's rolldown and oxc built them.
 */
export const MEASURED_FILES = { ownCode: 'own-code.js', app: 'app-with-fastpass.js', appWithout: 'app-without-fastpass.js' };

export async function measureBundles({ keep = false, emitDir } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'fastpass-bench-consumer-'));
  try {
    const [base, withFastpass, withQrcode, split] = await Promise.all([
      buildApp('base.jsx', join(tmp, 'base')),
      buildApp('with-fastpass.jsx', join(tmp, 'with-fastpass')),
      buildApp('with-qrcode-react.jsx', join(tmp, 'with-qrcode-react')),
      buildApp('with-fastpass.jsx', join(tmp, 'with-fastpass-split'), { split: true }),
    ]);
    const added = subtractSizes(withFastpass.js, base.js);
    const qrcodeAlone = subtractSizes(withQrcode.js, base.js);
    const library = split.parts[PARTS[4].name] ?? ZERO_SIZES;
    const zod = split.parts[PARTS[3].name] ?? ZERO_SIZES;
    const qrcodeChunk = split.parts[PARTS[2].name] ?? ZERO_SIZES;
    const cssOwn = sizesOf(readFileSync(join(REPO, 'dist/styles.css')));
    if (emitDir) {
      mkdirSync(emitDir, { recursive: true });
      writeFileSync(join(emitDir, MEASURED_FILES.ownCode), split.code[PARTS[4].name] ?? '');
      writeFileSync(join(emitDir, MEASURED_FILES.app), withFastpass.code.app);
      writeFileSync(join(emitDir, MEASURED_FILES.appWithout), base.code.app);
    }

    const row = (name, sizes, note = '') => ({ name, ...sizes, note });
    const rows = [
      row('consumer app without Fastpass (react, react-dom, react-query; JS)', base.js),
      row('same app with `QueryClientProvider` + `FastpassProvider` + `<FastpassQRCode>` (JS)', withFastpass.js),
      row('**added by react-fastpass-qrcode, in all (JS)**', added, 'single-bundle difference'),
      row('  of which the library’s own code', library, 'its chunk in a split build'),
      row('  of which qrcode.react', qrcodeChunk, 'its chunk in a split build'),
      row('  of which zod/mini (as the schemas use it)', zod, 'its chunk in a split build'),
      row('qrcode.react alone (app + bare `<QRCodeSVG>` − app)', qrcodeAlone, 'single-bundle difference'),
      row('styles.css (react-fastpass-qrcode/styles.css, minified by Vite)', withFastpass.css, `${kb(cssOwn.gzip)} gzip as shipped`),
      row('added in all, JS + CSS', addSizes(added, withFastpass.css)),
    ];
    const budgets = [
      {
        name: 'JS added to a Vite app (gzip)',
        value: added.gzip,
        limit: BUDGETS.bundle.addedGzip,
        shown: kb(added.gzip),
        limitShown: `≤ ${kb(BUDGETS.bundle.addedGzip)}`,
      },
      {
        name: 'the library’s own code in that app (gzip)',
        value: library.gzip,
        limit: BUDGETS.bundle.ownCodeGzip,
        shown: kb(library.gzip),
        limitShown: `≤ ${kb(BUDGETS.bundle.ownCodeGzip)}`,
      },
    ].map((b) => ({ ...b, pass: b.value <= b.limit }));
    const splitParts = Object.entries(split.parts).map(([name, sizes]) => row(name, sizes));
    return { rows, splitParts, budgets, gzip: { added: added.gzip, ownCode: library.gzip }, tmp: keep ? tmp : undefined };
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  }
}

// `node bench/bundle.mjs --emit <dir>`: builds the consumer app and writes the measured files for size-limit.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--emit');
  const emitDir = at === -1 ? undefined : process.argv[at + 1];
  if (!emitDir) {
    console.error('usage: node bench/bundle.mjs --emit <dir>');
    process.exit(2);
  }
  const { budgets } = await measureBundles({ emitDir: resolve(emitDir) });
  for (const b of budgets) console.log(`${b.name}: ${b.shown} (${b.limitShown})`);
}

