// The Chromium benchmarks: time to first code, render overhead, idle cost, memory and leaks, QR density.
// Each drives bench/page (built from dist/) through `window.bench`; the in-page code does the timing.
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { median, quantile } from './lib/stats.mjs';
import { openBenchPage } from './lib/browser.mjs';
import { jsObjects, takeHeapSummary, topGrowth } from './lib/heapSnapshot.mjs';
import { BENCH } from './lib/paths.mjs';
import { REALISTIC_INFO } from './page/realisticInfo.js';

const PROBE = join(BENCH, 'page/probe.js');

export const BROWSER_BUDGETS = {
  renderOverheadRatio: 1.5,
  idleWindowMs: 60_000,
  hiddenWindowMs: 10_000,
  onDemandIdleMs: 10_000,
  pollIntervalMs: 1_000,
  heapGrowth: 0.1,
};

// ── 2. Time to first code ────────────────────────────────────────────────────────────────────────────

export async function measureTimeToFirstCode(browser, origin, { runs = 30, warmup = 5 } = {}) {
  const { page, context, errors } = await openBenchPage(browser, `${origin}/production/`);
  // Playwright's own count of what went over the (service-worker) wire, beside the mock's log.
  const seen = { api: 0, posts: 0 };
  page.on('request', (request) => {
    if (!request.url().includes('/api/v3/')) return;
    seen.api += 1;
    if (request.method() === 'POST') seen.posts += 1;
  });
  const byLatency = [];
  for (const latencyMs of [0, 50]) {
    const before = { ...seen };
    const samples = await page.evaluate((options) => window.bench.timeToFirstCode(options), { latencyMs, runs, warmup });
    const mounts = (runs + warmup) * 2;
    const summarize = (list) => ({
      toPaint: median(list.map((s) => s.toPaint)),
      toPaintP25: quantile(list.map((s) => s.toPaint), 0.25),
      toPaintP75: quantile(list.map((s) => s.toPaint), 0.75),
      toDom: median(list.map((s) => s.toDom)),
      requestSentAfter: median(list.map((s) => s.requestSentAfter)),
      answerToDom: median(list.map((s) => s.answerToDom)),
      runsWithOnePost: list.filter((s) => s.posts === 1 && s.others === 0).length,
      runs: list.length,
      maxPosts: Math.max(...list.map((s) => s.posts)),
      maxOthers: Math.max(...list.map((s) => s.others)),
    });
    byLatency.push({
      latencyMs,
      library: summarize(samples.library),
      bare: summarize(samples.bare),
      ratio: median(samples.library.map((s) => s.toPaint)) / median(samples.bare.map((s) => s.toPaint)),
      playwrightPosts: seen.posts - before.posts,
      playwrightApiRequests: seen.api - before.api,
      mounts,
    });
  }
  await context.close();
  const [at0, at50] = byLatency;
  const addedByLatency = at50.library.toPaint - at0.library.toPaint;
  const budgets = [
    {
      name: 'requests before the code shows: exactly one POST, nothing else (every run, 0 and 50 ms)',
      pass: byLatency.every((b) => b.library.runsWithOnePost === b.library.runs),
      shown: byLatency.map((b) => `${b.library.runsWithOnePost}/${b.library.runs} runs at ${b.latencyMs} ms`).join(', '),
      limitShown: 'all runs',
    },
    {
      name: 'no request waterfall: 50 ms of latency adds one round trip, not two',
      pass: addedByLatency < 2 * 50,
      shown: `+${addedByLatency.toFixed(1)} ms`,
      limitShown: '< +100 ms',
    },
  ];
  return { byLatency, addedByLatency, warmup, budgets, errors };
}

// ── 2b. Render overhead ──────────────────────────────────────────────────────────────────────────────

export async function measureRenderOverhead(browser, origin, { runs = 40, warmup = 10 } = {}) {
  const { page, context, errors } = await openBenchPage(browser, `${origin}/production/`);
  const result = await page.evaluate((options) => window.bench.renderOverhead(options), { runs, warmup });
  await context.close();
  const { library, bare } = result.samples;
  const paintRatio = median(library.map((s) => s.paint)) / median(bare.map((s) => s.paint));
  const layoutRatio = median(library.map((s) => s.layout)) / median(bare.map((s) => s.layout));
  const pairRatios = library.map((s, i) => s.paint / bare[i].paint);
  const budgets = [
    {
      name: '`<FastpassQRCode>` mount → paint ÷ bare `<QRCodeSVG>` mount → paint (response cached)',
      pass: paintRatio <= BROWSER_BUDGETS.renderOverheadRatio,
      shown: `${paintRatio.toFixed(2)}×`,
      limitShown: `≤ ${BROWSER_BUDGETS.renderOverheadRatio}×`,
    },
  ];
  return {
    runs,
    warmup,
    payloadBytes: result.payloadBytes,
    codeRequestsDuringRuns: result.codeRequestsDuringRuns,
    library: { paint: median(library.map((s) => s.paint)), layout: median(library.map((s) => s.layout)), paintP25: quantile(library.map((s) => s.paint), 0.25), paintP75: quantile(library.map((s) => s.paint), 0.75) },
    bare: { paint: median(bare.map((s) => s.paint)), layout: median(bare.map((s) => s.layout)), paintP25: quantile(bare.map((s) => s.paint), 0.25), paintP75: quantile(bare.map((s) => s.paint), 0.75) },
    paintRatio,
    layoutRatio,
    pairRatioMedian: median(pairRatios),
    budgets,
    errors,
  };
}

// ── 3. Idle cost ─────────────────────────────────────────────────────────────────────────────────────

export async function measureIdle(browser, origin, { windowMs = BROWSER_BUDGETS.idleWindowMs, hiddenMs = BROWSER_BUDGETS.hiddenWindowMs, log = () => {} } = {}) {
  const { page, context, errors } = await openBenchPage(browser, `${origin}/profiling/`, { initScript: PROBE });
  log(`idle: a card on demand, left alone for ${BROWSER_BUDGETS.onDemandIdleMs / 1000} s…`);
  const onDemand = await page.evaluate((ms) => window.bench.onDemandIdle(ms), BROWSER_BUDGETS.onDemandIdleMs);
  const start = await page.evaluate(() => window.bench.idleStart());
  const { startedAt } = start;
  log(`idle: two codes pending, waiting ${windowMs / 1000} s in real time…`);
  await sleep(windowMs);
  const visible = await page.evaluate(() => window.bench.idleSnapshot());
  const hiddenAt = await page.evaluate(() => window.bench.hide());
  log(`idle: tab hidden for ${hiddenMs / 1000} s…`);
  await sleep(hiddenMs);
  const hidden = await page.evaluate(() => window.bench.idleSnapshot());
  const shownAt = await page.evaluate(() => window.bench.show());
  await sleep(1_500);
  const shown = await page.evaluate(() => window.bench.idleSnapshot());
  await page.evaluate(() => window.bench.idleStop());
  await context.close();

  const windowEnd = startedAt + windowMs;
  const codes = start.codes.map((id, index) => {
    const fetches = shown.statusFetches[id];
    const inWindow = fetches.filter((t) => t > startedAt && t <= windowEnd).length;
    const whileHidden = fetches.filter((t) => t > hiddenAt && t <= shownAt).length;
    const firstAfterShow = fetches.find((t) => t > shownAt);
    const gaps = fetches.filter((t) => t > startedAt && t <= windowEnd).map((t, i, all) => (i === 0 ? null : t - all[i - 1])).filter((g) => g !== null);
    return {
      gapMedian: median(gaps),
      gapMax: Math.max(...gaps),
      card: index === 0 ? 'hook + `<QRCodeSVG>` + `<FastpassCountdown>` (`<Profiler>` around the code)' : '`<FastpassQRCode>` (`<Profiler>` around it, MutationObserver on the `<svg>`)',
      inWindow,
      whileHidden,
      checkAfterShowMs: firstAfterShow === undefined ? null : firstAfterShow - shownAt,
      mockLoggedInWindow: shown.statusRequests[id].filter((t) => t > startedAt && t <= windowEnd).length,
    };
  });
  const seconds = windowMs / 1000;
  const expectedPolls = Math.ceil(windowMs / BROWSER_BUDGETS.pollIntervalMs);
  const inWindow = (name) => visible.counts[name] - start.mountCounts[name];
  const commits = {
    codeSubtreeTotal: visible.counts.composedCode,
    codeSubtreeInWindow: inWindow('composedCode'),
    composedInWindow: inWindow('composedAll'),
    cardInWindow: inWindow('card'),
    cardAtMount: start.mountCounts.card,
    svgMutations: visible.counts.svgMutations,
    sameSvg: visible.sameSvg,
  };
  const budgets = [
    {
      name: `requests in ${BROWSER_BUDGETS.onDemandIdleMs / 1000} s idle (\`generate="on-demand"\`, nobody asked)`,
      pass: onDemand.requests === 0 && onDemand.fetches === 0 && onDemand.state === 'idle' && !onDemand.svg,
      shown: `${onDemand.requests} (fetches started: ${onDemand.fetches}; state ${onDemand.state}, ${onDemand.svg ? 'a code drawn' : 'no code drawn'})`,
      limitShown: '0',
    },
    {
      name: `commits of the QR code's subtree over ${seconds} s pending (mount included)`,
      pass: commits.codeSubtreeTotal === 1 && commits.svgMutations === 0 && commits.sameSvg,
      shown: `${commits.codeSubtreeTotal} (svg of \`<FastpassQRCode>\`: ${commits.svgMutations} mutations, ${commits.sameSvg ? 'same node' : 'replaced'})`,
      limitShown: '= 1, svg untouched',
    },
    {
      name: 'commits per second while pending, whole card',
      // The countdown ticks on whole seconds: a window of N s can hold N + 1 ticks by where it starts.
      pass: Math.max(commits.composedInWindow, commits.cardInWindow) <= Math.ceil(seconds) + 1,
      shown: `${(commits.cardInWindow / seconds).toFixed(2)}/s \`<FastpassQRCode>\`, ${(commits.composedInWindow / seconds).toFixed(2)}/s composed`,
      limitShown: `≤ 1/s (≤ ${Math.ceil(seconds) + 1} in ${seconds} s)`,
    },
    {
      name: `status requests in ${seconds} s (interval ${BROWSER_BUDGETS.pollIntervalMs} ms)`,
      pass: codes.every((c) => Math.abs(c.inWindow - expectedPolls) <= 1),
      shown: codes.map((c) => c.inWindow).join(' and '),
      limitShown: `${expectedPolls} ± 1`,
    },
    {
      name: `requests while the tab is hidden (${hiddenMs / 1000} s)`,
      pass: codes.every((c) => c.whileHidden === 0) && hidden.otherRequests === visible.otherRequests,
      shown: codes.map((c) => c.whileHidden).join(' and '),
      limitShown: '0',
    },
  ];
  return { windowMs, hiddenMs, expectedPolls, onDemand, codes, commits, states: shown.states, countdown: visible.countdown, budgets, errors };
}

// ── 4. Memory and leaks ──────────────────────────────────────────────────────────────────────────────

export async function measureLeaks(browser, origin, { cycles = 500, batch = 50, log = () => {} } = {}) {
  const { page, context, errors } = await openBenchPage(browser, `${origin}/production/`, { initScript: PROBE });
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners, documents } = await cdp.send('Memory.getDOMCounters');
    return { usedSize, nodes, jsEventListeners, documents };
  };
  const options = { refetchInterval: 10, latencyMs: 3, quietMs: 20, cacheGcTimeMs: 60_000 };
  const series = [];
  const snapshots = {};
  const totals = { survivingTimers: 0, listenerDrift: 0, lateRequests: 0, inFlightAfterUnmount: 0, mockInFlightAfterUnmount: 0, unmountsWithFetchInFlight: 0, answeredAfterUnmount: 0, failures: [] };
  const startedAt = performance.now();
  for (let from = 0; from < cycles; from += batch) {
    const result = await page.evaluate(({ from, to, options }) => window.bench.leakCycles({ from, to, ...options }), { from, to: from + batch, options });
    for (const key of Object.keys(totals)) {
      totals[key] = key === 'failures' ? [...totals.failures, ...result.failures].slice(0, 10) : totals[key] + result[key];
    }
    const checkpoint = await page.evaluate(() => window.bench.leakCheckpoint());
    series.push({ cycles: from + batch, ...(await heap()), timers: checkpoint.counters.timers.length, cachedQueries: checkpoint.cachedQueries, elements: checkpoint.domNodes });
    log(`leaks: ${from + batch}/${cycles} cycles, heap ${(series.at(-1).usedSize / 1e6).toFixed(2)} MB`);
    // Snapshots where the budget compares: after the first batch, and at the end.
    if (from === 0) snapshots.first = await takeHeapSummary(cdp);
    if (from + batch >= cycles) snapshots.last = await takeHeapSummary(cdp);
  }
  const final = await page.evaluate(() => window.bench.leakFinal());
  const seconds = (performance.now() - startedAt) / 1000;
  await context.close();

  const first = series[0];
  const last = series.at(-1);
  const rawGrowth = last.usedSize / first.usedSize - 1;
  const objects = { first: jsObjects(snapshots.first), last: jsObjects(snapshots.last) };
  const growth = objects.last.size / objects.first.size - 1;
  const heapSnapshots = {
    objects,
    byType: topGrowth(snapshots.first, snapshots.last, 'byType', 20),
    byName: topGrowth(snapshots.first, snapshots.last, 'byName', 12),
  };
  const percent = (value) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;
  const budgets = [
    {
      name: `heap of the page’s JS objects after ${cycles} mount → refresh → unmount cycles vs after the first ${batch} (after GC, heap snapshots)`,
      pass: growth <= BROWSER_BUDGETS.heapGrowth,
      shown: `${(objects.first.size / 1e6).toFixed(3)} → ${(objects.last.size / 1e6).toFixed(3)} MB (${percent(growth)}; ${objects.first.count} → ${objects.last.count} objects)`,
      limitShown: `≤ +${BROWSER_BUDGETS.heapGrowth * 100} %`,
    },
    {
      name: `DOM nodes after ${cycles} cycles vs after the first ${batch} (after GC)`,
      pass: last.nodes <= first.nodes,
      shown: `${first.nodes} → ${last.nodes} (V8’s whole used heap, code included: ${(first.usedSize / 1e6).toFixed(2)} → ${(last.usedSize / 1e6).toFixed(2)} MB, ${percent(rawGrowth)})`,
      limitShown: 'no growth',
    },
    {
      name: 'timers left running after an unmount (beyond the cache’s own gc timer for the code)',
      pass: totals.survivingTimers === 0 && final.extraTimers === 0,
      shown: `${totals.survivingTimers} in ${cycles} unmounts; ${final.extraTimers} after queryClient.clear()`,
      limitShown: '0',
    },
    {
      name: 'window/document listeners left after an unmount',
      pass: totals.listenerDrift === 0,
      shown: `${totals.listenerDrift} in ${cycles} unmounts`,
      limitShown: '0',
    },
    {
      name: 'requests after an unmount: started later, or still in flight',
      pass: totals.lateRequests === 0 && totals.inFlightAfterUnmount === 0,
      shown: `${totals.lateRequests} started, ${totals.inFlightAfterUnmount} fetches still in flight (${totals.unmountsWithFetchInFlight} unmounts had one in flight)`,
      limitShown: '0',
    },
  ];
  return { cycles, batch, options, series, totals, final, growth, rawGrowth, heapSnapshots, seconds, budgets, errors };
}

// ── 5. QR density ────────────────────────────────────────────────────────────────────────────────────

export async function measureDensity(browser, origin, { from = 200, step = 8, to = 40 } = {}) {
  const { page, context, errors } = await openBenchPage(browser, `${origin}/production/`);
  const table = await page.evaluate(() => window.bench.densityTable());
  const scans = [];
  for (const { level } of table.levels) {
    const tried = [];
    let failuresInARow = 0;
    for (let size = from; size >= to && failuresInARow < 3; size -= step) {
      const drawn = await page.evaluate((options) => window.bench.mountDensity(options), { size, level });
      const png = await page.locator('[data-slot="code"]').screenshot();
      const decoded = await page.evaluate((base64) => window.bench.decodePng(base64), png.toString('base64'));
      const ok = decoded === table.payload;
      tried.push({ size, ok, drawnPx: drawn.drawnPx, pxPerModule: drawn.drawnPx / drawn.modules });
      failuresInARow = ok ? 0 : failuresInARow + 1;
    }
    // The smallest size from which every larger size tried decoded too.
    let smallest;
    for (const attempt of tried) {
      if (!attempt.ok) break;
      smallest = attempt;
    }
    scans.push({ level, tried, smallest, decodedBelow: tried.filter((t) => t.ok && smallest && t.size < smallest.size).map((t) => t.size) });
  }
  await context.close();
  const photoLengths = [REALISTIC_INFO.user.photo.length, REALISTIC_INFO.userpool.photo.length];
  return { ...table, photoLengths, scans, from, step, errors, budgets: [] };
}

