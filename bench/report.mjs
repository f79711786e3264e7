// Writes bench/RESULTS.md from one run's figures.
import { BUDGETS } from './budgets.mjs';
import { breakdownTable } from './bundle.mjs';
import { kb } from './lib/compress.mjs';
import { formatFigures, mockServerBudgets } from './mockServer.mjs';

const ms = (value) => (value === null || value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
/** The own code before the reshaping of "One obvious place for each idea", measured by this bench's bundle build. */
const BEFORE_RESHAPING = { commit: '94f1dc9', ownCodeGzip: 11_062, addedGzip: 21_980 };
const verdict = (pass) => (pass ? 'pass' : '**FAIL**');

export function allBudgets(results) {
  return [
    ['1. Bundle weight', results.bundle.budgets],
    ['2. Time to first code', results.ttfc.budgets],
    ['2. Render overhead', results.render.budgets],
    ['3. Idle cost', results.idle.budgets],
    ['4. Memory and leaks', results.leaks.budgets],
    ['6. Mock Authing under a long run', mockServerBudgets(results.mockServer)],
  ].flatMap(([section, budgets]) => budgets.map((b) => ({ section, ...b })));
}

export function renderResults(results) {
  const { machine, bundle, sizeLimit, ttfc, render, idle, leaks, density, mockServer } = results;
  const budgets = allBudgets(results);
  const failed = budgets.filter((b) => !b.pass).length;
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Written by \`${results.command}\` on ${results.date} in ${results.seconds.toFixed(0)} s. ` +
      'Times are medians of many runs, and compared with a baseline measured in the same run, in the same page. ' +
      'See [README.md](./README.md) for what each figure means and how it is taken.',
    '',
  );
  lines.push(
    table(
      ['machine', ''],
      [
        ['CPU', machine.cpu],
        ['memory', machine.memory],
        ['OS', machine.os],
        ['Node', machine.node],
        ['Chromium', machine.chromium],
        ['load average at start (1/5/15 min)', machine.load],
        ['library', results.library],
      ],
    ),
    '',
  );

  lines.push('## Budgets', '', `${budgets.length - failed} of ${budgets.length} within budget.`, '');
  lines.push(table(['', 'budget', 'measured', 'limit', ''], budgets.map((b) => [b.section, b.name, b.shown, b.limitShown, verdict(b.pass)])), '');

  // 1
  lines.push('## 1. Bundle weight', '');
  lines.push(
    'A consumer app built with Vite 8 (`vite build`, minified, production) from `bench/consumer/`: the same account page ' +
      'with and without `QueryClientProvider` + `FastpassProvider` + `<FastpassQRCode>`, importing the built package (`dist/`). ' +
      'Both apps already use React, React DOM and TanStack Query (`useQuery`), so only what the package brings is counted. ' +
      'gzip at level 9 (as size-limit), brotli at quality 11; 1 KB = 1000 bytes.',
    '',
  );
  const sizeRows = (rows) => rows.map((r) => [r.name, kb(r.min), kb(r.gzip), kb(r.brotli), r.note ?? '']);
  lines.push(table(['what', 'min', 'gzip', 'brotli', 'note'], sizeRows(bundle.rows)), '');
  lines.push(
    `Before the reshaping into one place per idea (commit ${BEFORE_RESHAPING.commit}), the library’s own code was ` +
      `${kb(BEFORE_RESHAPING.ownCodeGzip)} gzip and ${kb(BEFORE_RESHAPING.addedGzip)} were added in all; now ${kb(bundle.gzip.ownCode)} ` +
      `and ${kb(bundle.gzip.added)}.`,
    '',
  );
  lines.push(
    'The split build (one chunk per package, each compressed on its own, so the parts add up to a little more than the single-bundle difference):',
    '',
  );
  lines.push(table(['chunk', 'min', 'gzip', 'brotli'], bundle.splitParts.map((r) => [r.name, kb(r.min), kb(r.gzip), kb(r.brotli)])), '');

  lines.push('### The same app built by esbuild', '');
  lines.push(
    'The same two entries bundled by esbuild (`bundle`, `minify`, `format: \'esm\'`, `platform: \'browser\'`, `jsx: \'automatic\'`, ' +
      '`process.env.NODE_ENV` defined as `"production"`), as an app built with esbuild directly (or a tool on top of it) gets the package. ' +
      'esbuild folds `process.env.NODE_ENV` where it is written, but not a module-level constant derived from it in another module, ' +
      'and its minifier is not oxc: the gap to Vite is what those two cost.',
    '',
  );
  lines.push(table(['what', 'min', 'gzip', 'brotli', 'note'], sizeRows(bundle.esbuildRows)), '');

  lines.push('### The library’s own code, module by module', '');
  lines.push(
    'Its chunk in the split Vite build, every byte given to the module of `dist/` it came from by the chunk’s source map ' +
      '(`node bench/bundle.mjs --breakdown` prints the same table in a few seconds). **min**: the minified bytes from that module. ' +
      '**marginal gzip**: gzip of the chunk minus gzip of the chunk without that module’s bytes, i.e. what deleting it would save; ' +
      'the marginals add up to less than the chunk’s gzip, because what modules share compresses against each other and is counted for none. ' +
      'Heaviest first.',
    '',
  );
  lines.push(breakdownTable(bundle.breakdown), '');

  lines.push(
    'For scale: Authing’s own UI kit, `@authing/guard` 5.3.9, ships 652 KB gzip of JavaScript and 506 KB of CSS ' +
      '(figures as given in the issue, not measured here).',
    '',
  );
  if (sizeLimit) {
    lines.push(
      '`npm test` checks the same three budgets with size-limit (`.size-limit.js`, limits from `bench/budgets.mjs`) on the very files ' +
        'this section measures (`node bench/bundle.mjs --emit .bundle-sizes`: the library’s chunk, and the app with and without ' +
        'Fastpass from each bundler), so both read the same numbers. Its figures from this same run:',
      '',
    );
    lines.push(
      table(
        ['size-limit check', 'size (gzip)', 'limit', ''],
        sizeLimit.map((s) => [s.name, s.size === undefined ? 'missing' : kb(s.size), s.limit === undefined ? 'none (a baseline)' : `≤ ${kb(s.limit)}`, s.passed === undefined ? '' : verdict(s.passed)]),
      ),
      '',
    );
  }

  // 2
  lines.push('## 2. Time to first code', '');
  lines.push(
    'In Chromium (headless, frame-rate limit off so that “painted” is not rounded to a 60 Hz frame), from `root.render()` of the whole ' +
      'app (`QueryClientProvider` + `FastpassProvider` + `<FastpassQRCode>`) until the frame with the code has been painted ' +
      '(`requestAnimationFrame` then a task), the mock Authing answering through its service worker (msw/browser) after 0 or 50 ms. ' +
      `Baseline: the least a page could do, one \`fetch\` of the same endpoint then a bare \`<QRCodeSVG>\`, alternating with the library run by run. ` +
      `${ttfc.byLatency[0].library.runs} runs of each per latency after ${ttfc.warmup} warm-up runs.`,
    '',
  );
  lines.push(
    table(
      ['mock latency', '`<FastpassQRCode>` to paint', 'baseline to paint', 'ratio', 'mount → POST reaches the mock', 'answer → code in DOM', 'requests before the code (every run)', 'POSTs seen by playwright'],
      ttfc.byLatency.map((b) => [
        `${b.latencyMs} ms`,
        `${ms(b.library.toPaint)} [${ms(b.library.toPaintP25)}–${ms(b.library.toPaintP75)}]`,
        `${ms(b.bare.toPaint)} [${ms(b.bare.toPaintP25)}–${ms(b.bare.toPaintP75)}]`,
        `${b.ratio.toFixed(2)}×`,
        `${ms(b.library.requestSentAfter)} (baseline ${ms(b.bare.requestSentAfter)})`,
        `${ms(b.library.answerToDom)} (baseline ${ms(b.bare.answerToDom)})`,
        `1 POST, 0 other in ${b.library.runsWithOnePost}/${b.library.runs}`,
        `${b.playwrightPosts} for ${b.mounts} mounts`,
      ]),
    ),
    '',
  );
  lines.push(
    `50 ms of latency adds ${ttfc.addedByLatency.toFixed(1)} ms: one round trip is on the critical path, no waterfall. ` +
      'Medians, [25th–75th percentile].',
    '',
  );
  lines.push('### Render overhead', '');
  lines.push(
    `The response already in the QueryClient (prefetched with \`fastpassQrcodeQueryOptions\`; ${render.codeRequestsDuringRuns} code requests during the runs), ` +
      `the same ${render.payloadBytes}-byte payload, size 200, level L (the default), margin 4: mount of the whole app → painted, ` +
      `${render.runs} runs of each after ${render.warmup} warm-up runs, alternating.`,
    '',
  );
  lines.push(
    table(
      ['', 'render + commit + layout (sync)', 'mount → painted'],
      [
        ['`<FastpassQRCode>` in its providers', ms(render.library.layout), `${ms(render.library.paint)} [${ms(render.library.paintP25)}–${ms(render.library.paintP75)}]`],
        ['bare `<QRCodeSVG>` (same value)', ms(render.bare.layout), `${ms(render.bare.paint)} [${ms(render.bare.paintP25)}–${ms(render.bare.paintP75)}]`],
        ['**ratio** (of medians)', `${render.layoutRatio.toFixed(2)}×`, `**${render.paintRatio.toFixed(2)}×** (median of run-by-run ratios ${render.pairRatioMedian.toFixed(2)}×)`],
      ],
    ),
    '',
  );

  // 3
  lines.push('## 3. Idle cost', '');
  lines.push(
    `First, a card with \`generate="on-demand"\` left alone for ${(idle.onDemand.windowMs / 1000).toFixed(1)} s: ` +
      `${idle.onDemand.requests} requests reached the mock, ${idle.onDemand.fetches} fetches started, state \`${idle.onDemand.state}\`, ` +
      `${idle.onDemand.svg ? 'a code drawn' : 'no code drawn'}. The code is a credential: nothing is minted before somebody asks.`,
    '',
  );
  lines.push(
    `Two cards pending side by side for ${idle.windowMs / 1000} s of real time (nothing else running), the countdown ticking, ` +
      'in React’s profiling build (where `<Profiler>` reports commits): the hook composed as in ' +
      '`test/unit/integration/FastpassQRCode.integration.test.tsx` (a `<Profiler>` around `<QRCodeSVG>`, `<FastpassCountdown>` beside it), ' +
      'and the real `<FastpassQRCode>` under a `<Profiler>` with a MutationObserver on its `<svg>`. ' +
      `Then the tab is hidden for ${idle.hiddenMs / 1000} s (\`document.visibilityState\` = \`hidden\` and a \`visibilitychange\` event, ` +
      'what TanStack Query and the hook listen to; timers keep running, which is stricter than a real background tab), then shown again. ' +
      'Requests are counted when the page starts them (a `fetch` probe), beside the mock’s own log.',
    '',
  );
  lines.push(
    table(
      ['card', `status requests in ${idle.windowMs / 1000} s`, 'gap between polls (median / max)', 'wait from an answer to the next poll (median)', 'two in flight', 'requests while hidden', 'first check after shown again'],
      idle.codes.map((c) => [
        c.card,
        `${c.inWindow} (mock logged ${c.mockLoggedInWindow})`,
        `${ms(c.gapMedian)} / ${ms(c.gapMax)}`,
        `${ms(c.waitMedian)} (${c.waitRatio.toFixed(3)}× the interval)`,
        String(c.overlapping),
        String(c.whileHidden),
        ms(c.checkAfterShowMs),
      ]),
    ),
    '',
  );
  lines.push(
    table(
      ['commits', 'count'],
      [
        ['QR code subtree (`<Profiler>` around `<QRCodeSVG>`), mount included', String(idle.commits.codeSubtreeTotal)],
        [`whole composed card, during the ${idle.windowMs / 1000} s`, String(idle.commits.composedInWindow)],
        [`whole \`<FastpassQRCode>\`, during the ${idle.windowMs / 1000} s (at mount: ${idle.commits.cardAtMount})`, String(idle.commits.cardInWindow)],
        ['mutations of `<FastpassQRCode>`’s `<svg>`', `${idle.commits.svgMutations} (${idle.commits.sameSvg ? 'the same node throughout' : 'the node was replaced'})`],
      ],
    ),
    '',
  );
  lines.push(
    `States at the end: ${idle.states.join(', ')}; countdown read “${idle.countdown}” at the end of the window. ` +
      `The polls come ${ms(idle.codes[0].gapMedian)} apart, not ${BUDGETS.idle.pollIntervalMs} ms: the interval plus one round trip ` +
      'through the service worker, since the hook waits the interval after each answer. So the budget is that schedule (the wait from an ' +
      'answer to the next poll, against `refetchInterval`, and never two polls of a code in flight), not a count of polls in the window, ' +
      'which falls whenever the machine is busy or the network slow.',
    '',
  );

  // 4
  lines.push('## 4. Memory and leaks', '');
  lines.push(
    `${leaks.cycles} cycles in Chromium launched with \`--js-flags=--expose-gc\`: mount the app (one QueryClient for the page), wait for the code, ` +
      'the token app cancels it (`mock.cancel()`), click Refresh, wait for the new code, a random pause so that a status poll is often in flight, ' +
      `unmount, wait ${leaks.options.quietMs} ms. Polls every ${leaks.options.refetchInterval} ms and the mock answers after ${leaks.options.latencyMs} ms, ` +
      `so that unmounts meet requests in flight (${leaks.totals.unmountsWithFetchInFlight} of ${leaks.cycles} did). ` +
      'Timers, `window`/`document` listeners and fetches are counted by a probe injected before the page’s scripts. ' +
      `Every ${leaks.batch} cycles the mock’s log and codes and the QueryClient are emptied (the bench’s memory, not the library’s), ` +
      'garbage is collected and the heap is read over CDP (`Runtime.getHeapUsage`, V8’s whole used heap). ' +
      `After the first ${leaks.batch} cycles and at the end, a heap snapshot (CDP \`HeapProfiler.takeHeapSnapshot\`) sums every node by its type: ` +
      'the budget holds the page’s JavaScript objects (objects, closures, arrays, strings, numbers, shapes…), where anything the library ' +
      'kept alive (fibers, queries, observers, closures over a code) would show. V8’s compiled code and Blink’s native objects are reported ' +
      'beside it, not budgeted: the first grows while the JIT optimizes hot functions, and the DOM among the second is held to its own budget. ' +
      `Run time ${leaks.seconds.toFixed(0)} s.`,
    '',
  );
  lines.push(
    table(
      ['after cycles', 'JS heap used', `vs after ${leaks.batch}`, 'DOM nodes (CDP)', 'JS listeners (CDP)', 'live timers', 'cached queries before emptying'],
      leaks.series.map((s) => [
        String(s.cycles),
        `${(s.usedSize / 1e6).toFixed(3)} MB`,
        `${((s.usedSize / leaks.series[0].usedSize - 1) * 100).toFixed(1)} %`,
        String(s.nodes),
        String(s.jsEventListeners),
        String(s.timers),
        String(s.cachedQueries),
      ]),
    ),
    '',
  );
  const half = leaks.series[Math.floor(leaks.series.length / 2) - 1];
  const last = leaks.series.at(-1);
  lines.push(
    `V8’s used heap, second half alone (after ${half.cycles} → after ${last.cycles} cycles): ${((last.usedSize / half.usedSize - 1) * 100).toFixed(1)} %. ` +
      'Where that growth is, from the two heap snapshots:',
    '',
  );
  const snap = leaks.heapSnapshots;
  const megabytes = (bytes) => `${(bytes / 1e6).toFixed(3)} MB`;
  const change = (bytes) => `${bytes >= 0 ? '+' : ''}${megabytes(bytes)}`;
  lines.push(
    table(
      ['snapshot node type', `after ${leaks.batch}: count`, 'size', `after ${leaks.cycles}: count`, 'size', 'change'],
      snap.byType.map((row) => [
        `\`${row.key}\``,
        String(row.before.count),
        megabytes(row.before.size),
        String(row.after.count),
        megabytes(row.after.size),
        change(row.size),
      ]),
    ),
    '',
    `The page’s JavaScript objects (every type but \`code\` and \`native\`): ${snap.objects.first.count} → ${snap.objects.last.count} nodes, ` +
      `${megabytes(snap.objects.first.size)} → ${megabytes(snap.objects.last.size)}. The entries that grew the most:`,
    '',
    table(
      ['snapshot entry (type: name)', 'added', 'change'],
      snap.byName.map((row) => [`\`${row.key.replace(/\|/g, '\\|')}\``, `${row.count >= 0 ? '+' : ''}${row.count}`, change(row.size)]),
    ),
    '',
    'How to read them: `code` entries (`InstructionStream`, `TrustedByteArray`, `Code`) are machine code and its metadata from the ' +
      'JIT. `native` entries of one request each are what carries a request, not the library: DevTools keeps a record of every request ' +
      '(`NetworkResourcesData::ResourceData`, for the driver’s network events), and msw/browser, before it answers each mocked request, ' +
      'checks that streams can be transferred by posting a `ReadableStream` through a new `MessageChannel` whose port it never closes ' +
      '(`MessagePort`, `ReadableStream`, `CrossRealmTransformReadable`: one each per request). A page without the mock makes neither.',
    '',
  );
  lines.push(
    table(
      ['after an unmount', 'count'],
      [
        ['timers left running (not counting the cache’s 60 s gc timer for the code, nor the mock’s answer delay)', `${leaks.totals.survivingTimers} in ${leaks.cycles} unmounts`],
        ['timers beyond the page’s baseline once `queryClient.clear()` has run', String(leaks.final.extraTimers)],
        ['`window`/`document` listeners differing from before the first mount', `${leaks.totals.listenerDrift} in ${leaks.cycles} unmounts`],
        ['fetches started after an unmount', String(leaks.totals.lateRequests)],
        ['fetches still in flight right after an unmount (aborted ones settle at once)', String(leaks.totals.inFlightAfterUnmount)],
        ['requests the mock answered after an unmount (sent before it, aborted by the page: the service worker still delivers them)', String(leaks.totals.answeredAfterUnmount)],
        [`mock log entries with \`answeredAt === undefined && !aborted\` ${leaks.options.quietMs} ms after an unmount`, String(leaks.totals.mockInFlightAfterUnmount)],
      ],
    ),
    '',
  );
  if (leaks.totals.failures.length > 0) lines.push('First findings:', '', ...leaks.totals.failures.map((f) => `- ${f}`), '');

  // 5
  lines.push('## 5. QR density', '');
  lines.push(
    `A realistic response (\`test/utils/realisticInfo.js\`: photo URLs of ${density.photoLengths.join(' and ')} characters on Authing’s file CDN, ` +
      `Chinese names, 24-hex ids): the default payload (compact JSON of \`data\`) is ${density.chars} characters, **${density.bytes} bytes** of UTF-8.`,
    '',
  );
  lines.push(
    table(
      ['level', 'QR version', 'modules', 'with the quiet zone (margin 4)', 'size for 2 CSS px per module at DPR 1', 'smallest size that decodes', 'drawn as', 'px per module there'],
      density.levels.map((l) => {
        const scan = density.scans.find((s) => s.level === l.level);
        const smallest = scan?.smallest;
        return [
          l.level,
          String(l.version),
          `${l.modules} × ${l.modules}`,
          String(l.modules + 8),
          `${2 * (l.modules + 8)} px`,
          smallest ? `${smallest.size} px` : 'none tried decoded',
          smallest ? `${smallest.drawnPx} px` : '–',
          smallest ? smallest.pxPerModule.toFixed(2) : '–',
        ];
      }),
    ),
    '',
  );
  const atDefault = density.scans.find((s) => s.level === 'L')?.tried.find((t) => t.size === 200);
  lines.push(
    `Sizes tried: ${density.from} px down in steps of ${density.step} px, at device pixel ratio 1; each a screenshot of the code area of ` +
      '`<FastpassQRCode>` (the realistic response prefetched), decoded with jsQR without inversion and compared with the payload. ' +
      '“Smallest” is the last size before the first failure. The component draws modules on whole device pixels, so the code is ' +
      `often smaller than \`size\`: at the default 200 px and the default level L this payload is drawn ${atDefault ? `${atDefault.drawnPx} px wide (${atDefault.pxPerModule} px per module)` : '–'}, ` +
      'the rest of the plate being quiet zone. A screenshot is a perfect camera: 1 px per module decodes here, a phone at arm’s length ' +
      'needs more, so the component never draws under 2 CSS px a module: below the size in the fifth column its plate grows to it.',
    '',
  );

  // 6
  lines.push('## 6. The mock Authing under a long run', '');
  lines.push(
    '`node bench/mockServer.mjs`: `createFastpassMockServer` from dist/ in a child Node (`--expose-gc`), driven over real HTTP by ' +
      'clients that each play a page (mint a code, poll its status) and the token app (scan and confirm, cancel, app login, or let ' +
      'the code lapse). The heap is read after GC at half of the requests and at the end: the request log is a ring and finished codes ' +
      'are forgotten, so it stays flat.',
    '',
    '```',
    formatFigures(mockServer),
    '```',
    '',
  );
  return lines.join('\n');
}
