// size-limit (`npm test`): the bundle budgets of bench/budgets.mjs, on the very files `npm run bench`
// measures, so that both gates read the same numbers. `node bench/bundle.mjs --emit .bundle-sizes` (run
// just before, by the `bundle budgets` step) builds a consumer app that renders `FastpassProvider` +
// `<FastpassQRCode>` from dist/, and writes: the library's chunk when Vite splits the app one chunk per
// package (its own code), and the app in one bundle with and without Fastpass, as Vite and as esbuild build
// it. size-limit measures them as they are: its only plugin is @size-limit/file, so it bundles nothing.
//
// Loading this file never fails (`npm run bench` and editors load it before anything is emitted). When the
// files are missing, size-limit itself fails on each check ("can't find files"), after one line here that
// says how to make them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from './bench/budgets.mjs';
import { BUNDLE_SIZES_DIR as DIR, MEASURED_FILES } from './bench/lib/measuredFiles.mjs';

/** As size-limit reads `path`: relative to this file. */
const path = (file) => `${DIR}/${file}`;
const onDisk = (file) => fileURLToPath(new URL(path(file), import.meta.url));
/** size-limit's unit: 1 KB = 1000 B, as the budgets count. */
const kb = (bytes) => `${bytes / 1000} KB`;

const missing = Object.values(MEASURED_FILES).filter((file) => !existsSync(onDisk(file)));
if (missing.length > 0) {
  console.error(`size-limit: ${missing.map(path).join(', ')} missing. Run \`node bench/bundle.mjs --emit ${DIR}\` first (npm test's "bundle budgets" step does).`);
}

/**
 * "What the app adds" is a difference, and size-limit measures files: the app with Fastpass may weigh at
 * most the app without it plus the budget. The app without it is a check of its own (no limit), so that
 * size-limit shows the baseline and fails when it is missing; without it, the check has no limit to hold.
 */
function addedChecks(bundler, { with: withFastpass, without }, budget) {
  const baseline = existsSync(onDisk(without)) ? gzipSync(readFileSync(onDisk(without)), { level: 9 }).length : undefined;
  return [
    { name: `the ${bundler} app without Fastpass (the baseline of the next check)`, path: path(without), gzip: true },
    {
      name: `the ${bundler} app with Fastpass: at most ${kb(budget)} more than without it`,
      path: path(withFastpass),
      gzip: true,
      ...(baseline === undefined ? {} : { limit: kb(baseline + budget) }),
    },
  ];
}

export default [
  {
    name: 'the library’s own code (its chunk in a Vite app that renders FastpassProvider + FastpassQRCode)',
    path: path(MEASURED_FILES.ownCode),
    gzip: true,
    limit: kb(BUDGETS.bundle.ownCodeGzip),
  },
  ...addedChecks('Vite', { with: MEASURED_FILES.app, without: MEASURED_FILES.appWithout }, BUDGETS.bundle.addedGzip),
  ...addedChecks('esbuild', { with: MEASURED_FILES.esbuildApp, without: MEASURED_FILES.esbuildAppWithout }, BUDGETS.bundle.esbuildAddedGzip),
];
