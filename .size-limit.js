// size-limit (`npm test`): the two bundle budgets of bench/budgets.mjs, on the very files `npm run bench`
// measures, so that both gates read the same numbers. `node bench/bundle.mjs --emit .bundle-sizes` (run
// just before, by the `bundle budgets` step) builds a production Vite app that renders `FastpassProvider`
// + `<FastpassQRCode>` from dist/, and writes: the library's chunk when the app is split one chunk per
// package (its own code), and the app in one bundle with and without Fastpass. size-limit measures them
// as they are: its only plugin is @size-limit/file, so it bundles nothing of its own.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from './bench/budgets.mjs';
import { MEASURED_FILES } from './bench/bundle.mjs';

const DIR = '.bundle-sizes';
/** size-limit's unit: 1 KB = 1000 B, as the budgets count. */
const kb = (bytes) => `${bytes / 1000} KB`;

function gzipOf(file) {
  try {
    return gzipSync(readFileSync(`${DIR}/${file}`), { level: 9 }).length;
  } catch {
    throw new Error(`size-limit: ${DIR}/${file} is missing. Run \`node bench/bundle.mjs --emit ${DIR}\` first (npm test does).`);
  }
}

export default [
  {
    name: 'the library’s own code (its chunk in a Vite app that renders FastpassProvider + FastpassQRCode)',
    path: `${DIR}/${MEASURED_FILES.ownCode}`,
    gzip: true,
    limit: kb(BUDGETS.bundle.ownCodeGzip),
  },
  {
    // "What the app adds" is a difference; size-limit measures files: the app with Fastpass may weigh at
    // most the app without it plus the budget.
    name: `the app with Fastpass: at most ${kb(BUDGETS.bundle.addedGzip)} more than the same app without it`,
    path: `${DIR}/${MEASURED_FILES.app}`,
    gzip: true,
    limit: kb(gzipOf(MEASURED_FILES.appWithout) + BUDGETS.bundle.addedGzip),
  },
];
