// @ts-check
// Mutation testing of the modules that hold a promise in SECURITY.md (`npm run test:mutation`): StrykerJS
// mutates each of them and runs the jsdom/node tests that cover the mutant (vitest.mutation.config.ts); a
// mutant no test notices is a promise no test proves. See SECURITY.md, "Mutation testing".
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/**
 * Mutants that cannot change what the code does (equivalent mutants), each with the reason. Stryker 9.6 has
 * no per-mutant exclusion in its options, so an ignore plugin (below) marks them "ignored" with the reason,
 * which the report shows: [file, the mutated node's type, its exact source, why no test can tell].
 * Everything inside the node is ignored with it, so each entry names the smallest node that holds the mutant.
 * @type {[file: string, nodeType: string, source: string, reason: string][]}
 */
const EQUIVALENT = [];

/** Ignores the nodes listed in EQUIVALENT (and all their mutants) with the reason given there. */
const equivalentMutants = {
  /** @param {any} path a Babel NodePath */
  shouldIgnore(path) {
    const file = String(path.hub?.file?.opts?.filename ?? '').replaceAll('\\', '/');
    for (const [suffix, type, source, reason] of EQUIVALENT) {
      if (path.node.type === type && file.endsWith(suffix) && path.getSource() === source) return `Equivalent: ${reason}`;
    }
    return undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'equivalent-mutants', equivalentMutants)];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Each mutant runs only the tests that reached it in the first, instrumented run.
  coverageAnalysis: 'perTest',
  mutate: [
    // The result builder and its concealment (fastpassResult.ts holds types only: nothing to mutate).
    'src/query/deriveFastpassResult.ts',
    'src/react/usePrinting.ts',
    'src/react/usePageHidden.ts',
    // The session, its isolation, and a name that is never the token.
    'src/query/session.ts',
    'src/query/fingerprint.ts',
    // Token scrubbing, on the server and in the client's errors.
    'src/api/scrubAccessToken.ts',
    'src/server/scrubAnswerBody.ts',
    'src/server/describeChain.ts',
    // Photo URL safety.
    'src/components/parts/isSafePhotoUrl.ts',
    // The server's refusals, forwarding and scrubbing.
    'src/server/crossOriginRefusal.ts',
    'src/server/forwardToAuthing.ts',
    'src/server/readGeneFastpassBody.ts',
    'src/server/answers.ts',
    'src/server/createFastpassRequestHandler.ts',
    'src/server/createNoStoreFetch.ts',
    // The client's request, envelope and errors.
    'src/api/client.ts',
    'src/api/errors.ts',
    'src/api/authingHeaders.ts',
    'src/api/envelope.ts',
  ],
  appendPlugins: ['./stryker.config.mjs'],
  ignorers: ['equivalent-mutants'],
  // The machine is shared: two test runners. Raise it where there are cores to spare (`--concurrency 4`).
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { logTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Below 90 % the run fails.
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  // What the sandbox need not hold: the unit tests read none of it.
  ignorePatterns: ['/examples', '/bench', '/stories', '/.storybook', '/storybook-static', '/dist', '/coverage', '/etc', '/public', '/reports'],
};
