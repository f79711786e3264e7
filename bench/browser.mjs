// The Chromium benchmarks: time to first code, render overhead, idle cost, memory and leaks, QR density.
// Each drives bench/page (built from dist/) through `window.bench`; the in-page code does the timing.
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { BUDGETS } from './budgets.mjs';
import { median, quantile } from './lib/stats.mjs';
import { openBenchPage } from './lib/browser.mjs';
import { jsObjects, takeHeapSummary, topGrowth } from './lib/heapSnapshot.mjs';
import { BENCH } from './lib/paths.mjs';
import { REALISTIC_INFO } from '../test/utils/realisticInfo.js';

const PROBE = join(BENCH, 'page/probe.js');

const { timeToFirstCode: TTFC, renderOverhead: RENDER, idle: IDLE, leaks: LEAKS } = BUDGETS;
/** A count's limit as the tables show it: `0`, or `≤ n`. */
const atMost = (count) => (count === 0 ? '0' : `≤ ${count}`);

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
  for (const latencyMs of [0, TTFC.addedLatencyMs]) {
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
      runsWithOnePost: list.filter((s) => s.posts === TTFC.postsBeforeCode && s.others === TTFC.otherRequestsBeforeCode).length,
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
  const [at0, atLatency] = byLatency;
  const addedByLatency = atLatency.library.toPaint - at0.library.toPaint;
  const roundTripsLimit = TTFC.roundTripsBelow * TTFC.addedLatencyMs;
  const budgets = [
    {
      name: `requests before the code shows: exactly ${TTFC.postsBeforeCode} POST, ${TTFC.otherRequestsBeforeCode} other (every run, 0 and ${TTFC.addedLatencyMs} ms)`,
      pass: byLatency.every((b) => b.library.runsWithOnePost === b.library.runs),
      shown: byLatency.map((b) => `${b.library.runsWithOnePost}/${b.library.runs} runs at ${b.latencyMs} ms`).join(', '),
      limitShown: 'all runs',
    },
    {
      name: `no request waterfall: ${TTFC.addedLatencyMs} ms of latency adds fewer than ${TTFC.roundTripsBelow} round trips`,
      pass: addedByLatency < roundTripsLimit,
      shown: `+${addedByLatency.toFixed(1)} ms`,
      limitShown: `< +${roundTripsLimit} ms`,
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
      pass: paintRatio <= RENDER.ratio,
      shown: `${paintRatio.toFixed(2)}×`,
      limitShown: `≤ ${RENDER.ratio}×`,
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

export async function measureIdle(browser, origin, { windowMs = IDLE.windowMs, hiddenMs = IDLE.hiddenMs, log = () => {} } = {}) {
  const { page, context, errors } = await openBenchPage(browser, `${origin}/profiling/`, { initScript: PROBE });
  log(`idle: a card on demand, left alone for ${IDLE.onDemandMs / 1000} s…`);
  const onDemand = await page.evaluate((ms) => window.bench.onDemandIdle(ms), IDLE.onDemandMs);
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
    const starts = fetches.map((f) => f.startedAt);
    const polls = fetches.filter((f) => f.startedAt > startedAt && f.startedAt <= windowEnd);
    const inWindow = polls.length;
    const whileHidden = starts.filter((t) => t > hiddenAt && t <= shownAt).length;
    const firstAfterShow = starts.find((t) => t > shownAt);
    const gaps = polls.slice(1).map((f, i) => f.startedAt - polls[i].startedAt);
    // The schedule, which a busy machine does not change: the hook waits `refetchInterval` after each answer
    // before it asks again (TanStack restarts a function interval on each result), and never asks twice at once.
    const waits = polls.slice(1).map((f, i) => f.startedAt - polls[i].settledAt);
    const overlapping = polls.slice(1).filter((f, i) => polls[i].settledAt === undefined || f.startedAt < polls[i].settledAt).length;
    return {
      gapMedian: median(gaps),
      gapMax: Math.max(...gaps),
      waitMedian: median(waits),
      waitRatio: median(waits) / IDLE.pollIntervalMs,
      overlapping,
      card: index === 0 ? 'hook + `<QRCodeSVG>` + `<FastpassCountdown>` (`<Profiler>` around the code)' : '`<FastpassQRCode>` (`<Profiler>` around it, MutationObserver on the `<svg>`)',
      inWindow,
      whileHidden,
      checkAfterShowMs: firstAfterShow === undefined ? null : firstAfterShow - shownAt,
      mockLoggedInWindow: shown.statusRequests[id].filter((t) => t > startedAt && t <= windowEnd).length,
    };
  });
  const seconds = windowMs / 1000;
  const expectedPolls = Math.ceil(windowMs / IDLE.pollIntervalMs);
  // The countdown ticks on whole seconds: a window of N s can hold N + 1 ticks by where it starts.
  const maxCommits = Math.ceil(seconds * IDLE.commitsPerSecond) + 1;
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
      name: `requests in ${IDLE.onDemandMs / 1000} s idle (\`generate="on-demand"\`, nobody asked)`,
      pass: onDemand.requests <= IDLE.onDemandRequests && onDemand.fetches <= IDLE.onDemandRequests && onDemand.state === 'idle' && !onDemand.svg,
      shown: `${onDemand.requests} (fetches started: ${onDemand.fetches}; state ${onDemand.state}, ${onDemand.svg ? 'a code drawn' : 'no code drawn'})`,
      limitShown: atMost(IDLE.onDemandRequests),
    },
    {
      name: `commits of the QR code's subtree over ${seconds} s pending (mount included)`,
      pass: commits.codeSubtreeTotal === IDLE.codeSubtreeCommits && commits.svgMutations === 0 && commits.sameSvg,
      shown: `${commits.codeSubtreeTotal} (svg of \`<FastpassQRCode>\`: ${commits.svgMutations} mutations, ${commits.sameSvg ? 'same node' : 'replaced'})`,
      limitShown: `= ${IDLE.codeSubtreeCommits}, svg untouched`,
    },
    {
      name: 'commits per second while pending, whole card',
      pass: Math.max(commits.composedInWindow, commits.cardInWindow) <= maxCommits,
      shown: `${(commits.cardInWindow / seconds).toFixed(2)}/s \`<FastpassQRCode>\`, ${(commits.composedInWindow / seconds).toFixed(2)}/s composed`,
      limitShown: `≤ ${IDLE.commitsPerSecond}/s (≤ ${maxCommits} in ${seconds} s)`,
    },
    {
      name: `status polls over ${seconds} s: the wait from an answer to the next poll ÷ \`refetchInterval\` (${IDLE.pollIntervalMs} ms), median`,
      pass: codes.every((c) => c.inWindow >= IDLE.minPolls && c.waitRatio >= IDLE.pollWaitRatio.min && c.waitRatio <= IDLE.pollWaitRatio.max),
      shown: codes.map((c) => `${c.waitRatio.toFixed(3)}× (${c.inWindow} polls)`).join(' and '),
      limitShown: `${IDLE.pollWaitRatio.min}× to ${IDLE.pollWaitRatio.max}×, at least ${IDLE.minPolls} polls`,
    },
    {
      name: 'status polls of one code in flight at once',
      pass: codes.every((c) => c.overlapping === 0),
      shown: codes.map((c) => (c.overlapping === 0 ? '1' : `2 (${c.overlapping} times)`)).join(' and '),
      limitShown: 'at most 1',
    },
    {
      name: `requests while the tab is hidden (${hiddenMs / 1000} s)`,
      pass: codes.every((c) => c.whileHidden <= IDLE.hiddenRequests) && hidden.otherRequests - visible.otherRequests <= IDLE.hiddenRequests,
      shown: codes.map((c) => c.whileHidden).join(' and '),
      limitShown: atMost(IDLE.hiddenRequests),
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
      pass: growth <= LEAKS.heapGrowth,
      shown: `${(objects.first.size / 1e6).toFixed(3)} → ${(objects.last.size / 1e6).toFixed(3)} MB (${percent(growth)}; ${objects.first.count} → ${objects.last.count} objects)`,
      limitShown: `≤ +${LEAKS.heapGrowth * 100} %`,
    },
    {
      name: `DOM nodes after ${cycles} cycles vs after the first ${batch} (after GC)`,
      pass: last.nodes - first.nodes <= LEAKS.domNodeGrowth,
      shown: `${first.nodes} → ${last.nodes} (V8’s whole used heap, code included: ${(first.usedSize / 1e6).toFixed(2)} → ${(last.usedSize / 1e6).toFixed(2)} MB, ${percent(rawGrowth)})`,
      limitShown: LEAKS.domNodeGrowth === 0 ? 'no growth' : `≤ +${LEAKS.domNodeGrowth}`,
    },
    {
      name: 'timers left running after an unmount (beyond the cache’s own gc timer for the code)',
      pass: totals.survivingTimers <= LEAKS.timersAfterUnmount && final.extraTimers <= LEAKS.timersAfterUnmount,
      shown: `${totals.survivingTimers} in ${cycles} unmounts; ${final.extraTimers} after queryClient.clear()`,
      limitShown: atMost(LEAKS.timersAfterUnmount),
    },
    {
      name: 'window/document listeners left after an unmount',
      pass: totals.listenerDrift <= LEAKS.listenersAfterUnmount,
      shown: `${totals.listenerDrift} in ${cycles} unmounts`,
      limitShown: atMost(LEAKS.listenersAfterUnmount),
    },
    {
      name: 'requests after an unmount: started later, or still in flight',
      pass: totals.lateRequests + totals.inFlightAfterUnmount <= LEAKS.requestsAfterUnmount,
      shown: `${totals.lateRequests} started, ${totals.inFlightAfterUnmount} fetches still in flight (${totals.unmountsWithFetchInFlight} unmounts had one in flight)`,
      limitShown: atMost(LEAKS.requestsAfterUnmount),
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

