// Bundle weight: what an app adds when it renders <FastpassQRCode>, built from the package's dist/ by Vite
// (rolldown and oxc) and by esbuild, and which of the library's own modules weigh what.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { BUDGETS } from './budgets.mjs';
import { addSizes, kb, sizesOf, subtractSizes, ZERO_SIZES } from './lib/compress.mjs';
import { buildAppWithEsbuild } from './lib/esbuildApp.mjs';
import { ensureLibraryBuilt } from './lib/library.mjs';
import { breakDownChunk, relativeTo } from './lib/moduleBreakdown.mjs';
import { MEASURED_FILES } from './lib/measuredFiles.mjs';
import { CONSUMER, PACKAGE_ALIASES, REPO } from './lib/paths.mjs';

/** Where each module of the app goes when the build is split by package, to say who weighs what. */
const PARTS = [
  { name: 'react + react-dom + scheduler', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: '@tanstack/react-query', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'qrcode.react', test: /node_modules[\\/]qrcode\.react[\\/]/ },
  { name: 'zod (zod/mini as the package uses it)', test: /node_modules[\\/]zod[\\/]/ },
  { name: 'react-fastpass-qrcode (its own code)', test: (id) => id.startsWith(join(REPO, 'dist')) },
];
const OWN_CODE = PARTS[4].name;

/**
 * Builds one entry as a production app (minified, one chunk unless `split`), returns JS and CSS sizes, each
 * chunk's code, and, for a split build, each chunk's source map (hidden: no `sourceMappingURL` comment, so the
 * measured bytes are those of a build without maps).
 */
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
      sourcemap: split ? 'hidden' : false,
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
  const partOf = (chunk) => {
    const part = /^part(\d+)/.exec(chunk.name)?.[1];
    return part === undefined ? 'app' : PARTS[Number(part)].name;
  };
  const code = Object.fromEntries(chunks.map((chunk) => [partOf(chunk), readFileSync(join(outDir, chunk.fileName), 'utf8')]));
  const maps = Object.fromEntries(
    chunks.filter((chunk) => chunk.map).map((chunk) => [partOf(chunk), { map: chunk.map, mapPath: join(outDir, `${chunk.fileName}.map`) }]),
  );
  const parts = Object.fromEntries(Object.entries(code).map(([name, text]) => [name, sizesOf(text)]));
  return { js, css: styles, parts, code, maps };
}

/** The library's own chunk of the split build, module by module (see lib/moduleBreakdown.mjs). */
function breakDownOwnCode(split) {
  const own = split.maps[OWN_CODE];
  if (!own) throw new Error('The split build has no chunk of the library’s own code with a source map.');
  return breakDownChunk(split.code[OWN_CODE], own.map, { mapPath: own.mapPath, nameOf: relativeTo(REPO) });
}

/** Builds only what the breakdown needs: the split app. For `--breakdown`, while cutting weight. */
export async function measureOwnCodeBreakdown() {
  const tmp = mkdtempSync(join(tmpdir(), 'fastpass-bench-breakdown-'));
  try {
    return breakDownOwnCode(await buildApp('with-fastpass.jsx', join(tmp, 'split'), { split: true }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The breakdown as a Markdown table, heaviest first (RESULTS.md and `--breakdown` print the same). */
export function breakdownTable({ total, marginalSum, modules }) {
  return [
    '| module | min | marginal gzip |',
    '| --- | --- | --- |',
    ...modules.map((m) => `| \`${m.module}\` | ${kb(m.min)} | ${kb(m.marginalGzip)} |`),
    `| **the chunk** (${modules.length} sources) | **${kb(total.min)}** | **${kb(total.gzip)}** gzip (sum of the marginals: ${kb(marginalSum)}) |`,
  ].join('\n');
}

const budget = (name, value, limit) => ({ name, value, limit, shown: kb(value), limitShown: `≤ ${kb(limit)}`, pass: value <= limit });

export async function measureBundles({ keep = false, emitDir } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'fastpass-bench-consumer-'));
  try {
    const [base, withFastpass, withQrcode, split, esbuildBase, esbuildWithFastpass] = await Promise.all([
      buildApp('base.jsx', join(tmp, 'base')),
      buildApp('with-fastpass.jsx', join(tmp, 'with-fastpass')),
      buildApp('with-qrcode-react.jsx', join(tmp, 'with-qrcode-react')),
      buildApp('with-fastpass.jsx', join(tmp, 'with-fastpass-split'), { split: true }),
      buildAppWithEsbuild('base.jsx'),
      buildAppWithEsbuild('with-fastpass.jsx'),
    ]);
    const added = subtractSizes(withFastpass.js, base.js);
    const esbuildAdded = subtractSizes(esbuildWithFastpass.js, esbuildBase.js);
    const qrcodeAlone = subtractSizes(withQrcode.js, base.js);
    const library = split.parts[OWN_CODE] ?? ZERO_SIZES;
    const zod = split.parts[PARTS[3].name] ?? ZERO_SIZES;
    const qrcodeChunk = split.parts[PARTS[2].name] ?? ZERO_SIZES;
    const cssOwn = sizesOf(readFileSync(join(REPO, 'dist/styles.css')));
    if (emitDir) {
      mkdirSync(emitDir, { recursive: true });
      writeFileSync(join(emitDir, MEASURED_FILES.ownCode), split.code[OWN_CODE] ?? '');
      writeFileSync(join(emitDir, MEASURED_FILES.app), withFastpass.code.app);
      writeFileSync(join(emitDir, MEASURED_FILES.appWithout), base.code.app);
      writeFileSync(join(emitDir, MEASURED_FILES.esbuildApp), esbuildWithFastpass.code);
      writeFileSync(join(emitDir, MEASURED_FILES.esbuildAppWithout), esbuildBase.code);
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
    const esbuildRows = [
      row('consumer app without Fastpass, esbuild (JS)', esbuildBase.js),
      row('same app with Fastpass, esbuild (JS)', esbuildWithFastpass.js),
      row('**added by react-fastpass-qrcode, esbuild (JS)**', esbuildAdded, 'single-bundle difference'),
      row('  esbuild − Vite, of what the package adds', subtractSizes(esbuildAdded, added), 'what the bundler makes of the same code'),
      row('styles.css, bundled by esbuild', esbuildWithFastpass.css),
    ];
    const budgets = [
      budget('JS added to a Vite app (gzip)', added.gzip, BUDGETS.bundle.addedGzip),
      budget('the library’s own code in that app (gzip)', library.gzip, BUDGETS.bundle.ownCodeGzip),
      budget('JS added to an esbuild app (gzip)', esbuildAdded.gzip, BUDGETS.bundle.esbuildAddedGzip),
    ];
    const splitParts = Object.entries(split.parts).map(([name, sizes]) => row(name, sizes));
    return {
      rows,
      esbuildRows,
      splitParts,
      breakdown: breakDownOwnCode(split),
      budgets,
      gzip: { added: added.gzip, ownCode: library.gzip, esbuildAdded: esbuildAdded.gzip },
      tmp: keep ? tmp : undefined,
    };
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  }
}

// `node bench/bundle.mjs --emit <dir>`: builds the consumer apps and writes the measured files for size-limit.
// `node bench/bundle.mjs --breakdown`: the library's own code, module by module (only the split build).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--emit');
  const emitDir = at === -1 ? undefined : args[at + 1];
  const breakdown = args.includes('--breakdown');
  if ((at !== -1 && !emitDir) || (!emitDir && !breakdown)) {
    console.error('usage: node bench/bundle.mjs --emit <dir>     build the consumer apps, write the files size-limit measures\n' +
      '       node bench/bundle.mjs --breakdown     the library’s own code in a Vite app, module by module');
    process.exit(2);
  }
  console.log(ensureLibraryBuilt());
  if (emitDir) {
    const measured = await measureBundles({ emitDir: resolve(emitDir) });
    for (const b of measured.budgets) console.log(`${b.pass ? 'ok  ' : 'FAIL'}  ${b.name}: ${b.shown} (${b.limitShown})`);
    if (breakdown) console.log(`\n${breakdownTable(measured.breakdown)}`);
  } else {
    console.log(breakdownTable(await measureOwnCodeBreakdown()));
  }
}
