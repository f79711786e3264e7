// The mock Authing under a long run: `createFastpassMockServer` from the built package answers tens of
// thousands of requests over real HTTP while its heap stays flat (the request log is a ring, finished codes
// are forgotten after their retention). `node bench/mockServer.mjs [--requests 40000] [--clients 40]`
// builds dist/ when it is stale, measures, prints the figures and exits 1 if a budget is broken.
// `measureMockServer()` returns the same figures for `npm run bench`.
import { spawn } from 'node:child_process';
import { argv, execPath } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BUDGETS } from './budgets.mjs';
import { ensureLibraryBuilt } from './lib/library.mjs';
import { median, quantile } from './lib/stats.mjs';

/** This bench's budgets, from the one table (bench/budgets.mjs). */
export const MOCK_SERVER_BUDGETS = BUDGETS.mockServer;

/**
 * The mock as the bench runs it: its defaults, except a lifetime and a retention short enough that the run
 * (about a minute) spans many of them, so that the second half measures the steady state. With the
 * defaults (120 s and 5 min) the same steady state comes after seven minutes.
 */
export const MOCK_SERVER_BENCH_OPTIONS = { lifetimeMs: 10_000, codeRetentionMs: 2_000 };

/** Status polls a page makes before the token app acts on its code. */
const POLLS_PER_CODE = 8;
const SELF = fileURLToPath(import.meta.url);

/**
 * Measures the mock server in a child Node (`--expose-gc`, nothing else in its heap): `requests` requests
 * from `clients` clients, each playing a page (mint a code, poll its status) and the token app (scan and
 * confirm, scan and cancel, app login, or walk away and let the code lapse). Expects dist/ to be built.
 *
 * @param {{ requests?: number, clients?: number }} [options]
 * @returns {Promise<MockServerFigures>}
 */
export function measureMockServer({ requests = MOCK_SERVER_BUDGETS.requests, clients = MOCK_SERVER_BUDGETS.clients } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(execPath, ['--expose-gc', SELF, '--child', '--requests', String(requests), '--clients', String(clients)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`the mock server bench's child exited with ${code}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)));
      } catch (error) {
        reject(new Error(`the mock server bench's child printed no figures: ${String(error)}`));
      }
    });
  });
}

/**
 * @typedef {object} MockServerFigures
 * @property {number} requests
 * @property {number} clients
 * @property {number} seconds             wall time of both halves
 * @property {number} requestsPerSecond
 * @property {{ median: number, p95: number, max: number }} latencyMs   per request, as the client saw it
 * @property {number} answered
 * @property {number} unanswered
 * @property {number} unexpected          answers that were not what Authing would say (e.g. a 404 for a live code)
 * @property {string | undefined} firstUnexpected
 * @property {number} codesMinted
 * @property {{ half: Checkpoint, end: Checkpoint }} at
 * @property {number} heapGrowthBytes     heapUsed after GC at the end minus at half
 * @property {typeof MOCK_SERVER_BENCH_OPTIONS} mockOptions
 *
 * @typedef {{ requests: number, heapUsedBytes: number, codesKept: number, requestLogLength: number }} Checkpoint
 */

/** Runs in the child: the measurement itself. */
async function measureHere(requests, clients) {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
  const testing = await import(pathToFileURL(fileURLToPath(new URL('../dist/testing/node.js', import.meta.url))).href);
  const { createFastpassMockServer, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID } = testing;
  const server = await createFastpassMockServer({ port: 0, ...MOCK_SERVER_BENCH_OPTIONS });

  const page = { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID };
  const app = { authorization: FASTPASS_MOCK_APP_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID };
  const post = (headers, body) => ({ method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const statusPath = (qrcodeId) => `/api/v3/get-app-login-qrcode-status?qrcodeId=${encodeURIComponent(qrcodeId)}`;

  // Everything the run keeps is allocated up front, so that the heap readings see the mock, not the bench.
  const latencies = new Float64Array(requests);
  let issued = 0;
  let limit = 0;
  let answered = 0;
  let unanswered = 0;
  let unexpected = 0;
  let firstUnexpected;
  let codesMinted = 0;
  const STOP = Symbol('stop');

  /** One request, or STOP once this half's share is issued. Returns the envelope, or undefined. */
  async function send(path, init, expected) {
    if (issued >= limit) throw STOP;
    issued += 1;
    const started = performance.now();
    let response;
    let body;
    try {
      response = await fetch(`${server.url}${path}`, init);
      body = await response.json();
    } catch {
      unanswered += 1;
      return undefined;
    }
    latencies[answered] = performance.now() - started;
    answered += 1;
    const ok = response.status === 200 && body.statusCode === 200 && (expected === undefined || body.data?.status === expected);
    if (!ok) {
      unexpected += 1;
      firstUnexpected ??= `${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 200)} (expected ${expected ?? 'success'})`;
      return undefined;
    }
    return body;
  }

  /** A page and the token app, one code after the other; each client starts at a different outcome. */
  async function client(index) {
    for (let cycle = index; ; cycle += 1) {
      const minted = await send('/api/v3/gene-fastpass-qrcode-info', post(page, {}));
      const qrcodeId = minted?.data.qrcodeId;
      if (!qrcodeId) continue;
      codesMinted += 1;
      for (let poll = 0; poll < POLLS_PER_CODE; poll += 1) await send(statusPath(qrcodeId), { headers: page }, 'PENDING');
      const change = (action) => send('/api/v3/change-qrcode-status', post(app, { qrcodeId, action }));
      switch (cycle % 4) {
        case 0:
          await change('SCAN');
          await send(statusPath(qrcodeId), { headers: page }, 'SCANNED');
          await change('CONFIRM');
          await send(statusPath(qrcodeId), { headers: page }, 'AUTHORIZED');
          break;
        case 1:
          await change('SCAN');
          await change('CANCEL');
          await send(statusPath(qrcodeId), { headers: page }, 'CANCELLED');
          break;
        case 2:
          await send('/api/v3/qrcode-app-login', post(app, { qrcodeId, action: 'APP_LOGIN' }));
          await send(statusPath(qrcodeId), { headers: page }, 'AUTHORIZED');
          break;
        default:
        // The tab was closed: nobody acts on the code, it lapses by the clock.
      }
    }
  }

  async function drive(upTo) {
    limit = upTo;
    await Promise.all(
      Array.from({ length: clients }, (_, index) =>
        client(index).catch((error) => {
          if (error !== STOP) throw error;
        }),
      ),
    );
  }

  async function checkpoint() {
    const readings = [];
    for (let i = 0; i < 5; i += 1) {
      globalThis.gc();
      // Let finalizers and the sockets' last callbacks run between collections.
      await new Promise((resolve) => setImmediate(resolve));
      readings.push(process.memoryUsage().heapUsed);
    }
    return { requests: issued, heapUsedBytes: median(readings), codesKept: server.mock.codes().length, requestLogLength: server.mock.requests.length };
  }

  const started = performance.now();
  await drive(Math.floor(requests / 2));
  const halfSeconds = (performance.now() - started) / 1000;
  const half = await checkpoint();
  const resumed = performance.now();
  await drive(requests);
  const seconds = halfSeconds + (performance.now() - resumed) / 1000;
  const end = await checkpoint();
  await server.close();

  const answeredLatencies = Array.from(latencies.subarray(0, answered));
  return {
    requests: issued,
    clients,
    seconds,
    requestsPerSecond: issued / seconds,
    latencyMs: { median: median(answeredLatencies), p95: quantile(answeredLatencies, 0.95), max: Math.max(...answeredLatencies) },
    answered,
    unanswered,
    unexpected,
    firstUnexpected,
    codesMinted,
    at: { half, end },
    heapGrowthBytes: end.heapUsedBytes - half.heapUsedBytes,
    mockOptions: MOCK_SERVER_BENCH_OPTIONS,
  };
}

/** Each budget of this bench against the figures. */
export function mockServerBudgets(figures) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  return [
    { name: 'mock server: every request answered', pass: figures.unanswered <= MOCK_SERVER_BUDGETS.unanswered, shown: `${figures.unanswered} unanswered of ${figures.requests}`, limitShown: `≤ ${MOCK_SERVER_BUDGETS.unanswered}` },
    { name: 'mock server: every answer as Authing would give it', pass: figures.unexpected <= MOCK_SERVER_BUDGETS.unexpected, shown: `${figures.unexpected} unexpected`, limitShown: `≤ ${MOCK_SERVER_BUDGETS.unexpected}` },
    {
      name: `mock server: heap growth from ${figures.at.half.requests} to ${figures.at.end.requests} requests`,
      pass: figures.heapGrowthBytes <= MOCK_SERVER_BUDGETS.heapGrowthBytes,
      shown: mb(figures.heapGrowthBytes),
      limitShown: `≤ ${mb(MOCK_SERVER_BUDGETS.heapGrowthBytes)}`,
    },
  ];
}

export function formatFigures(figures) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const row = (label, { requests, heapUsedBytes, codesKept, requestLogLength }) =>
    `  at ${String(requests).padStart(6)} requests: heap ${mb(heapUsedBytes).padStart(9)}, ${codesKept} codes kept, ${requestLogLength} requests in the log`;
  return [
    `mock server: ${figures.requests} requests from ${figures.clients} clients in ${figures.seconds.toFixed(1)} s (${figures.requestsPerSecond.toFixed(0)} req/s), ${figures.codesMinted} codes minted`,
    `  mock options: ${JSON.stringify(figures.mockOptions)}`,
    `  latency per request: median ${figures.latencyMs.median.toFixed(2)} ms, p95 ${figures.latencyMs.p95.toFixed(2)} ms, max ${figures.latencyMs.max.toFixed(1)} ms`,
    `  answered ${figures.answered}, unanswered ${figures.unanswered}, unexpected ${figures.unexpected}${figures.firstUnexpected ? ` (first: ${figures.firstUnexpected})` : ''}`,
    row('half', figures.at.half),
    row('end', figures.at.end),
    `  heap growth, half → end: ${mb(figures.heapGrowthBytes)}`,
  ].join('\n');
}

const cli = () =>
  parseArgs({
    args: argv.slice(2),
    options: { child: { type: 'boolean' }, requests: { type: 'string' }, clients: { type: 'string' } },
  }).values;

if (argv[1] && fileURLToPath(pathToFileURL(argv[1])) === SELF) {
  const options = cli();
  const requests = Number(options.requests ?? MOCK_SERVER_BUDGETS.requests);
  const clients = Number(options.clients ?? MOCK_SERVER_BUDGETS.clients);
  if (!Number.isSafeInteger(requests) || requests < 2 || !Number.isSafeInteger(clients) || clients < 1) {
    console.error('usage: node bench/mockServer.mjs [--requests <n ≥ 2>] [--clients <n ≥ 1>]');
    process.exit(2);
  }
  if (options.child) {
    process.stdout.write(`${JSON.stringify(await measureHere(requests, clients))}\n`);
  } else {
    console.log(ensureLibraryBuilt());
    const figures = await measureMockServer({ requests, clients });
    console.log(formatFigures(figures));
    let failed = 0;
    for (const budget of mockServerBudgets(figures)) {
      console.log(`${budget.pass ? 'ok  ' : 'FAIL'}  ${budget.name}: ${budget.shown} (${budget.limitShown})`);
      if (!budget.pass) failed += 1;
    }
    process.exitCode = failed === 0 ? 0 : 1;
  }
}
