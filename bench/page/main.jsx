// The bench page: the package's built dist/ against the mock Authing in a service worker (msw/browser),
// as a consumer's page would run it. bench/browser.mjs drives it through `window.bench`.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import { QRCodeSVG } from 'qrcode.react';
import { Profiler, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  encodeFastpassPayload,
  FastpassCountdown,
  FastpassProvider,
  FastpassQRCode,
  fastpassQrcodeQueryOptions,
  useFastpassQrcode,
} from 'react-fastpass-qrcode';
import 'react-fastpass-qrcode/styles.css';
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN as TOKEN,
  FASTPASS_MOCK_APP_HOST as APP_HOST,
  FASTPASS_MOCK_APP_ID as APP_ID,
} from 'react-fastpass-qrcode/testing';
import { decodePng } from '../../test/utils/decodeQr';
import { REALISTIC_INFO } from '../../test/utils/realisticInfo.js';

/** One clock for the page and the mock's request log, finer than Date.now(). */
const clock = () => performance.timeOrigin + performance.now();
const mock = createFastpassMock({ now: clock });
const worker = setupWorker(...mock.handlers);

const SIZE = 200;
// The library's default level (L): the bare baseline draws what the card draws.
const LEVEL = 'L';
const MARGIN = 4;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Resolves after the next frame has been painted: rAF runs before paint, the task after it runs after. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function mountRoot() {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return {
    container,
    root,
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

/** Resolves with the clock time at which `test(container)` first holds (checked on every DOM change). */
function waitFor(container, test, timeoutMs = 10_000) {
  return new Promise((resolve, reject) => {
    if (test(container)) return resolve(clock());
    const observer = new MutationObserver(() => {
      if (!test(container)) return;
      const at = clock();
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`bench page: timed out waiting in ${container.innerHTML.slice(0, 300)}`));
    }, timeoutMs);
    observer.observe(container, { subtree: true, childList: true, attributes: true });
  });
}

const stateIs = (state) => (container) => container.querySelector(`[data-state="${state}"]`) !== null;
const hasCode = (container) => container.querySelector('[data-slot="qrcode"]') !== null;
const hasSvg = (container) => container.querySelector('svg') !== null;

function FastpassApp({ queryClient, ...cardProps }) {
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={APP_HOST} appId={APP_ID} accessToken={TOKEN} lang="en-US">
        <FastpassQRCode {...cardProps} />
      </FastpassProvider>
    </QueryClientProvider>
  );
}

/** The least a page could do: one fetch of the same endpoint, then a bare <QRCodeSVG>. */
function BareFetchApp({ queryClient }) {
  const [value, setValue] = useState();
  useEffect(() => {
    const controller = new AbortController();
    fetch(`${APP_HOST}/api/v3/gene-fastpass-qrcode-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-authing-app-id': APP_ID, authorization: TOKEN },
      body: '{}',
      signal: controller.signal,
    })
      .then((response) => response.json())
      .then((body) => setValue(JSON.stringify(body.data)))
      .catch(() => {});
    return () => controller.abort();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      {value !== undefined && <QRCodeSVG value={value} size={SIZE} level={LEVEL} marginSize={MARGIN} title="code" />}
    </QueryClientProvider>
  );
}

function BareCodeApp({ queryClient, value }) {
  return (
    <QueryClientProvider client={queryClient}>
      <QRCodeSVG value={value} size={SIZE} level={LEVEL} marginSize={MARGIN} title="code" />
    </QueryClientProvider>
  );
}

// ── 2. Time to first code ──────────────────────────────────────────────────────────────────────────

async function timeToFirstCode({ latencyMs, runs, warmup }) {
  const samples = { library: [], bare: [] };
  for (let i = 0; i < warmup + runs; i += 1) {
    // Alternate which goes first, so that neither always runs on a warmer page.
    const order = i % 2 === 0 ? ['library', 'bare'] : ['bare', 'library'];
    for (const kind of order) {
      mock.reset();
      mock.setLatency(latencyMs);
      const queryClient = new QueryClient();
      const mounted = mountRoot();
      const startedAt = clock();
      mounted.root.render(kind === 'library' ? <FastpassApp queryClient={queryClient} /> : <BareFetchApp queryClient={queryClient} />);
      const inDomAt = await waitFor(mounted.container, kind === 'library' ? hasCode : hasSvg);
      const requests = mock.requests.map((r) => ({ endpoint: r.endpoint, method: r.method, receivedAt: r.receivedAt, answeredAt: r.answeredAt }));
      await afterPaint();
      const paintedAt = clock();
      mounted.unmount();
      queryClient.clear();
      if (i < warmup) continue;
      const post = requests.find((r) => r.method === 'POST');
      samples[kind].push({
        toPaint: paintedAt - startedAt,
        toDom: inDomAt - startedAt,
        posts: requests.filter((r) => r.method === 'POST').length,
        others: requests.filter((r) => r.method !== 'POST').length,
        requestSentAfter: post ? post.receivedAt - startedAt : null,
        answerToDom: post?.answeredAt ? inDomAt - post.answeredAt : null,
      });
    }
  }
  mock.reset();
  return samples;
}

// ── 2b. Render overhead, the response already in the cache ────────────────────────────────────────

async function renderOverhead({ runs, warmup }) {
  const queryClient = new QueryClient();
  const options = fastpassQrcodeQueryOptions({ appHost: APP_HOST, appId: APP_ID, accessToken: TOKEN });
  await queryClient.prefetchQuery(options);
  const value = encodeFastpassPayload(queryClient.getQueryData(options.queryKey));
  const requestsBefore = mock.requests.length;

  const once = async (kind) => {
    await afterPaint();
    const mounted = mountRoot();
    const element =
      kind === 'library' ? <FastpassApp queryClient={queryClient} refetchInterval={3_600_000} /> : <BareCodeApp queryClient={queryClient} value={value} />;
    // Synchronous part: render, commit, layout effects, then a forced style + layout.
    const startedAt = performance.now();
    flushSync(() => mounted.root.render(element));
    void mounted.container.getBoundingClientRect().height;
    const laidOutAt = performance.now();
    const shown = kind === 'library' ? hasCode(mounted.container) : hasSvg(mounted.container);
    await afterPaint();
    const paintedAt = performance.now();
    mounted.unmount();
    if (!shown) throw new Error(`bench page: ${kind} did not show its code synchronously from the cache`);
    return { layout: laidOutAt - startedAt, paint: paintedAt - startedAt };
  };

  const samples = { library: [], bare: [] };
  for (let i = 0; i < warmup + runs; i += 1) {
    const order = i % 2 === 0 ? ['library', 'bare'] : ['bare', 'library'];
    for (const kind of order) {
      const sample = await once(kind);
      if (i >= warmup) samples[kind].push(sample);
    }
  }
  const codeRequests = mock.requests.slice(requestsBefore).filter((r) => r.method === 'POST').length;
  queryClient.clear();
  mock.reset();
  return { samples, payloadBytes: new TextEncoder().encode(value).length, codeRequestsDuringRuns: codeRequests };
}

// ── 3. Idle cost ────────────────────────────────────────────────────────────────────────────────────

/** As test/unit/integration does: the hook, the code under its own Profiler, the countdown beside it. */
function ComposedCard({ onCodeCommit }) {
  const fastpass = useFastpassQrcode();
  return (
    <>
      {fastpass.payload !== undefined && (
        <Profiler id="code" onRender={onCodeCommit}>
          <QRCodeSVG value={fastpass.payload} size={SIZE} level={LEVEL} marginSize={MARGIN} title="code" />
        </Profiler>
      )}
      <span data-state={fastpass.state} />
      <FastpassCountdown result={fastpass} />
    </>
  );
}

/** A card with `generate="on-demand"` left alone: what it costs before anyone asks for a code. */
async function onDemandIdle(windowMs) {
  mock.reset();
  const page = mountRoot();
  const queryClient = new QueryClient();
  page.root.render(<FastpassApp queryClient={queryClient} generate="on-demand" />);
  await waitFor(page.container, stateIs('idle'));
  const startedAt = clock();
  const fetchesBefore = (window.__benchProbe?.fetchLog ?? []).length;
  await sleep(windowMs);
  const result = {
    windowMs: clock() - startedAt,
    requests: mock.requests.length,
    fetches: (window.__benchProbe?.fetchLog ?? []).length - fetchesBefore,
    state: page.container.querySelector('[data-state]')?.getAttribute('data-state'),
    svg: hasCode(page.container),
  };
  page.unmount();
  queryClient.clear();
  mock.reset();
  return result;
}

let idle;

async function idleStart() {
  mock.reset();
  const counts = { composedCode: 0, composedAll: 0, card: 0, svgMutations: 0 };
  const countIn = (name) => () => {
    counts[name] += 1;
  };
  const composed = mountRoot();
  const card = mountRoot();
  const composedClient = new QueryClient();
  const cardClient = new QueryClient();
  composed.root.render(
    <QueryClientProvider client={composedClient}>
      <FastpassProvider appHost={APP_HOST} appId={APP_ID} accessToken={TOKEN} lang="en-US">
        <Profiler id="all" onRender={countIn('composedAll')}>
          <ComposedCard onCodeCommit={countIn('composedCode')} />
        </Profiler>
      </FastpassProvider>
    </QueryClientProvider>,
  );
  card.root.render(
    <Profiler id="card" onRender={countIn('card')}>
      <FastpassApp queryClient={cardClient} />
    </Profiler>,
  );
  await waitFor(composed.container, stateIs('pending'));
  await waitFor(card.container, (c) => stateIs('pending')(c) && hasCode(c));
  const svg = card.container.querySelector('[data-slot="qrcode"]');
  const observer = new MutationObserver((records) => (counts.svgMutations += records.length));
  observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
  // Past the mount: the countdown's first tick and the first status poll belong to the mount.
  await sleep(1_500);
  const codes = mock.codes().map((c) => c.qrcodeId);
  idle = { composed, card, composedClient, cardClient, counts, observer, svg, codes, startedAt: clock(), visible: true };
  return { codes, mountCounts: { ...counts }, startedAt: idle.startedAt };
}

function idleSnapshot() {
  const byCode = Object.fromEntries(
    idle.codes.map((id) => [id, mock.requests.filter((r) => r.endpoint === 'getAppLoginQrcodeStatus' && r.query.qrcodeId === id).map((r) => r.receivedAt)]),
  );
  // When the page started each status fetch (the probe's log), which no service-worker hop delays.
  const fetchesByCode = Object.fromEntries(
    idle.codes.map((id) => [
      id,
      (window.__benchProbe?.fetchLog ?? [])
        .filter((f) => f.url.includes('get-app-login-qrcode-status') && f.url.includes(id))
        .map((f) => ({ startedAt: f.startedAt, settledAt: f.settledAt })),
    ]),
  );
  return {
    at: clock(),
    counts: { ...idle.counts },
    statusRequests: byCode,
    statusFetches: fetchesByCode,
    otherRequests: mock.requests.filter((r) => r.endpoint !== 'getAppLoginQrcodeStatus').length,
    sameSvg: idle.card.container.querySelector('[data-slot="qrcode"]') === idle.svg,
    states: [idle.composed.container, idle.card.container].map((c) => c.querySelector('[data-state]')?.getAttribute('data-state')),
    countdown: idle.card.container.querySelector('[data-slot="countdown"]')?.textContent,
  };
}

/** The tab as the library sees it: document.visibilityState and the visibilitychange event. */
function setVisible(visible) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (visible ? 'visible' : 'hidden') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => !visible });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  return clock();
}

function idleStop() {
  idle.observer.disconnect();
  idle.composed.unmount();
  idle.card.unmount();
  idle.composedClient.clear();
  idle.cardClient.clear();
  delete document.visibilityState;
  delete document.hidden;
  idle = undefined;
  mock.reset();
}

// ── 4. Memory and leaks ─────────────────────────────────────────────────────────────────────────────

const leak = { queryClient: new QueryClient(), baseline: undefined };

/** What must be back where it was after an unmount: timers, window/document listeners, fetches. */
function leakCounters() {
  const probe = window.__benchProbe;
  return {
    timers: [...probe.timers.values()].map((t) => t.delay),
    listeners: probe.listenerCounts(),
    fetchesInFlight: probe.fetchesInFlight,
    fetches: probe.fetches,
  };
}

async function leakCycles({ from, to, refetchInterval, latencyMs, quietMs, cacheGcTimeMs }) {
  mock.setLatency(latencyMs);
  if (!leak.baseline) {
    // React DOM listens to the document once, for every root there will be: not ours, and not per mount.
    const warmup = mountRoot();
    flushSync(() => warmup.root.render(<div />));
    warmup.unmount();
    leak.baseline = leakCounters();
  }
  const failures = [];
  let survivingTimers = 0;
  let listenerDrift = 0;
  let lateRequests = 0;
  let inFlightAfterUnmount = 0;
  let mockInFlightAfterUnmount = 0;
  let unmountsWithFetchInFlight = 0;
  let answeredAfterUnmount = 0;
  for (let cycle = from; cycle < to; cycle += 1) {
    const timersBefore = new Set(window.__benchProbe.timers.keys());
    const mounted = mountRoot();
    mounted.root.render(<FastpassApp queryClient={leak.queryClient} refetchInterval={refetchInterval} />);
    await waitFor(mounted.container, stateIs('pending'));
    const first = mock.latestCode().qrcodeId;
    mock.cancel(first);
    await waitFor(mounted.container, stateIs('cancelled'));
    mounted.container.querySelector('[data-slot="refresh"]').click();
    await waitFor(mounted.container, (c) => stateIs('pending')(c) && hasCode(c));
    if (mock.latestCode().qrcodeId === first) failures.push(`cycle ${cycle}: refresh did not bring a new code`);
    // Let a status poll start, so that some unmounts happen with a request in flight.
    await sleep(Math.random() * refetchInterval);
    if (window.__benchProbe.fetchesInFlight > 0) unmountsWithFetchInFlight += 1;
    const unmountedAt = clock();
    mounted.unmount();
    await sleep(0);
    inFlightAfterUnmount += window.__benchProbe.fetchesInFlight;
    await sleep(quietMs);
    // Started by the page after the unmount: a poll or a refresh that outlived the component.
    const late = window.__benchProbe.fetchLog.filter((f) => f.startedAt > unmountedAt).length;
    lateRequests += late;
    // Started before, aborted by the page, still answered by the mock behind the service worker.
    answeredAfterUnmount += mock.requests.filter((r) => r.receivedAt > unmountedAt).length;
    mockInFlightAfterUnmount += mock.requests.filter((r) => r.answeredAt === undefined && !r.aborted).length;
    // Timers this cycle started that are still waiting, except the cache's own gc timer for the code and
    // the mock's answer delay for a request the page already aborted (both outlive a component by design).
    const surviving = [...window.__benchProbe.timers.entries()].filter(
      ([id, t]) => !timersBefore.has(id) && t.delay !== cacheGcTimeMs && t.delay !== latencyMs,
    );
    survivingTimers += surviving.length;
    if (surviving.length > 0) failures.push(`cycle ${cycle}: timers left running: ${surviving.map(([, t]) => `${t.kind} ${t.delay} ms`).join(', ')}`);
    const listeners = window.__benchProbe.listenerCounts();
    const drift = Object.keys({ ...listeners, ...leak.baseline.listeners }).filter((key) => (listeners[key] ?? 0) !== (leak.baseline.listeners[key] ?? 0));
    listenerDrift += drift.length;
    if (drift.length > 0) failures.push(`cycle ${cycle}: listeners changed: ${drift.map((k) => `${k} ${leak.baseline.listeners[k] ?? 0}→${listeners[k] ?? 0}`).join(', ')}`);
    if (late > 0) failures.push(`cycle ${cycle}: ${late} request(s) after unmount`);
  }
  return { survivingTimers, listenerDrift, lateRequests, inFlightAfterUnmount, mockInFlightAfterUnmount, unmountsWithFetchInFlight, answeredAfterUnmount, failures: failures.slice(0, 10), requests: mock.requests.length };
}

/**
 * Between batches: count what the cache holds, then forget the mock's codes and log and the probe's log
 * (the bench's memory, not the library's) and empty the cache, so that every batch starts alike and
 * the next mount asks the mock for a code it knows; then collect garbage.
 */
async function leakCheckpoint() {
  const cachedQueries = leak.queryClient.getQueryCache().getAll().length;
  mock.reset();
  leak.queryClient.clear();
  window.__benchProbe.fetchLog.length = 0;
  for (let i = 0; i < 4; i += 1) {
    window.gc?.();
    await sleep(20);
  }
  return { counters: leakCounters(), domNodes: document.getElementsByTagName('*').length, cachedQueries };
}

/** At the end: clearing the cache must leave no timer of ours at all. */
async function leakFinal() {
  leak.queryClient.clear();
  await sleep(50);
  const now = leakCounters();
  const extraTimers = window.__benchProbe.timers.size - leak.baseline.timers.length;
  return { extraTimers, listeners: now.listeners, baselineListeners: leak.baseline.listeners };
}

// ── 5. QR density ───────────────────────────────────────────────────────────────────────────────────

function densityTable() {
  const payload = encodeFastpassPayload(REALISTIC_INFO);
  const levels = ['L', 'M', 'Q', 'H'].map((level) => {
    const mounted = mountRoot();
    flushSync(() => mounted.root.render(<QRCodeSVG value={payload} level={level} marginSize={0} />));
    const modules = mounted.container.querySelector('svg').viewBox.baseVal.width;
    mounted.unmount();
    return { level, modules, version: (modules - 17) / 4 };
  });
  return { payload, chars: payload.length, bytes: new TextEncoder().encode(payload).length, levels };
}

let densityMounted;

async function mountDensity({ size, level }) {
  densityMounted?.unmount();
  const queryClient = new QueryClient();
  // The realistic response, as if prefetched: no request, no status poll within the hour.
  queryClient.setQueryData(fastpassQrcodeQueryOptions({ appHost: APP_HOST, appId: APP_ID, accessToken: TOKEN }).queryKey, REALISTIC_INFO);
  densityMounted = mountRoot();
  densityMounted.root.render(<FastpassApp queryClient={queryClient} size={size} level={level} refetchInterval={3_600_000} />);
  await waitFor(densityMounted.container, hasCode);
  await afterPaint();
  const svg = densityMounted.container.querySelector('[data-slot="qrcode"]');
  return { drawnPx: svg.getBoundingClientRect().width, modules: svg.viewBox.baseVal.width };
}

window.bench = {
  ready: worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }).then(() => true),
  timeToFirstCode,
  renderOverhead,
  onDemandIdle,
  idleStart,
  idleSnapshot,
  hide: () => setVisible(false),
  show: () => setVisible(true),
  idleStop,
  leakCycles,
  leakCheckpoint,
  leakFinal,
  densityTable,
  mountDensity,
  // What a camera would read: a PNG screenshot of the code area, decoded by the tests' reader, no inversion.
  decodePng: (base64) => decodePng(base64, 'dontInvert'),
  clock,
};
