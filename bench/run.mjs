// `npm run bench`: builds what it needs, measures, writes bench/RESULTS.md, exits 1 if a budget is broken.
// `--quick` shortens the idle window and the leak cycles for a trial run and leaves RESULTS.md alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBundles } from './bundle.mjs';
import { measureDensity, measureIdle, measureLeaks, measureRenderOverhead, measureTimeToFirstCode } from './browser.mjs';
import { chromiumPath, launchChromium } from './lib/browser.mjs';
import { ensureLibraryBuilt } from './lib/library.mjs';
import { describeMachine } from './lib/machine.mjs';
import { serveStatic } from '../scripts/lib/serveStatic.mjs';
import { buildBenchPages } from './lib/page.mjs';
import { BUNDLE_SIZES_DIR } from './lib/measuredFiles.mjs';
import { BENCH, REPO } from './lib/paths.mjs';
import { runSizeLimit } from './lib/sizeLimit.mjs';
import { measureMockServer } from './mockServer.mjs';
import { allBudgets, renderResults } from './report.mjs';

const quick = process.argv.includes('--quick');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);

const machine = describeMachine(chromiumPath());
log(ensureLibraryBuilt());

const tmp = mkdtempSync(join(tmpdir(), 'fastpass-bench-page-'));
let server;
const browsers = [];
try {
  await buildBenchPages(tmp);
  server = await serveStatic(tmp);
  log(`bench page built and served at ${server.origin}`);
  // Timings: no 60 Hz frame-rate limit, so that "painted" is measured, not rounded up to the next vsync.
  const timing = await launchChromium(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
  // Idle and leaks: an ordinary browser, with gc() exposed for the heap readings.
  const ordinary = await launchChromium(['--js-flags=--expose-gc']);
  browsers.push(timing, ordinary);

  // Nothing here is a timing: builds, leak cycles and screenshots can share the two cores.
  log('bundles, size-limit, leaks and QR density, side by side…');
  const [[bundle, sizeLimit], leaks, density, mockServer] = await Promise.all([
    // size-limit measures the files this bundle run writes (see .size-limit.js): one after the other.
    measureBundles({ emitDir: join(REPO, BUNDLE_SIZES_DIR) }).then(async (measured) => [measured, await runSizeLimit()]),
    measureLeaks(ordinary, server.origin, { cycles: quick ? 100 : 500, batch: quick ? 25 : 50, log }),
    measureDensity(timing, server.origin),
    // A child Node of its own (heap after GC); what it measures is memory, not time.
    measureMockServer(quick ? { requests: 4_000, clients: 20 } : {}),
  ]);

  // Timings, alone.
  log('time to first code…');
  const ttfc = await measureTimeToFirstCode(timing, server.origin, { runs: 30, warmup: 5 });
  log('render overhead…');
  const render = await measureRenderOverhead(timing, server.origin, { runs: 40, warmup: 10 });

  // The idle window in real time, alone.
  const idle = await measureIdle(ordinary, server.origin, { windowMs: quick ? 10_000 : 60_000, hiddenMs: quick ? 3_000 : 10_000, log });

  const errors = [ttfc, render, idle, leaks, density].flatMap((r) => r.errors);
  if (errors.length > 0) console.warn('page errors:', errors);

  const results = {
    command: quick ? 'node bench/run.mjs --quick' : 'npm run bench',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    seconds: (performance.now() - started) / 1000,
    library: 'dist/ built by `vite build` from this checkout',
    machine,
    bundle,
    sizeLimit,
    ttfc,
    render,
    idle,
    leaks,
    density,
    mockServer,
  };
  const markdown = renderResults(results);
  if (quick) console.log(markdown);
  else writeFileSync(join(BENCH, 'RESULTS.md'), `${markdown}\n`);

  const budgets = allBudgets(results);
  console.log('\n━━ budgets');
  for (const b of budgets) console.log(`${b.pass ? 'ok  ' : 'FAIL'}  ${b.name}: ${b.shown} (${b.limitShown})`);
  const failed = budgets.filter((b) => !b.pass).length;
  log(`${budgets.length - failed} of ${budgets.length} budgets kept${quick ? '' : '; wrote bench/RESULTS.md'}`);
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  await Promise.all(browsers.map((b) => b.close()));
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
}
