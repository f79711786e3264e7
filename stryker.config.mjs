// @ts-check
// Mutation testing of the modules that hold a promise in SECURITY.md (`npm run test:mutation`): StrykerJS
// mutates each of them and runs the jsdom/node tests that cover the mutant (vitest.mutation.config.ts); a
// mutant no test notices is a promise no test proves. See SECURITY.md, "Mutation testing".
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/**
 * Mutants that cannot change what the code does (equivalent mutants), each with the reason. Stryker 9.6 has no
 * per-mutant exclusion among its options; the plugin below gives each listed node the `Stryker disable next-line`
 * directive for the listed mutators (and takes it back for every other node on that line), as a comment in the
 * source would, so the report shows those mutants as "Ignored" with the reason and the source stays as it is.
 * A node is named by its file, the function declaration it is in ('' for none), its type and its source (whitespace folded).
 * @type {{ file: string, fn: string, type: string, source: string, mutators: string[], reason: string }[]}
 */
const EQUIVALENT = [
  // The server handler.
  { file: 'src/server/createFastpassRequestHandler.ts', fn: 'report', type: 'OptionalCallExpression', source: 'config.onError?.(error)', mutators: ['OptionalChaining'],
    reason: 'report() swallows whatever onError does, so calling a missing onError throws into the same catch and nothing changes' },
  { file: 'src/server/createFastpassRequestHandler.ts', fn: 'handle', type: 'BinaryExpression', source: 'pageLang !== null', mutators: ['ConditionalExpression'],
    reason: 'LANGUAGE_TAG.test(null) tests the string "null", which is no language tag (4 letters), so the handler lang is used either way' },
  { file: 'src/server/createFastpassRequestHandler.ts', fn: 'isHttpUrl', type: 'BlockStatement', source: '{ return false; }', mutators: ['BlockStatement'],
    reason: 'an emptied catch returns undefined, which the caller negates exactly as false' },
  { file: 'src/server/crossOriginRefusal.ts', fn: 'crossOriginRefusal', type: 'BinaryExpression', source: 'origin !== null', mutators: ['ConditionalExpression'],
    reason: 'allowedOrigins holds strings only, so has(null) is false whether or not null is ruled out first' },
  { file: 'src/server/crossOriginRefusal.ts', fn: 'hostOf', type: 'BlockStatement', source: "{ // `Origin: null` (a sandboxed frame, a redirect across sites) names no host: never the request's own. return undefined; }", mutators: ['BlockStatement'],
    reason: 'an emptied catch returns undefined, as the block does' },
  { file: 'src/server/crossOriginRefusal.ts', fn: 'normalizeAllowedOrigins', type: 'BlockStatement', source: '{ url = undefined; }', mutators: ['BlockStatement'],
    reason: 'url is still undefined when new URL throws; the assignment only says so' },
  { file: 'src/server/readGeneFastpassBody.ts', fn: 'readText', type: 'MemberExpression', source: 'request.bodyUsed', mutators: ['ConditionalExpression'],
    reason: 'false: a body read before is a locked stream, so getReader() throws and the reading is "unreadable" all the same' },
  { file: 'src/server/readGeneFastpassBody.ts', fn: 'readText', type: 'StringLiteral', source: "'text'", mutators: ['StringLiteral'],
    reason: 'the kind "text" is never compared, only the three failure kinds are, so any other name reads as text' },
  { file: 'src/server/readGeneFastpassBody.ts', fn: 'readGeneFastpassBody', type: 'BinaryExpression', source: 'options === undefined', mutators: ['ConditionalExpression'],
    reason: 'false: JSON.stringify leaves out an undefined options, so {} and { options: undefined } both go to Authing as "{}"' },
  { file: 'src/server/scrubAnswerBody.ts', fn: 'holdsToken', type: 'CallExpression', source: 'Array.isArray(value)', mutators: ['ConditionalExpression'],
    reason: 'false: an array walked as an object has the same values, and its keys are indices, which hold no token' },
  { file: 'src/server/scrubAnswerBody.ts', fn: 'holdsToken', type: 'BinaryExpression', source: "typeof value === 'object'", mutators: ['ConditionalExpression'],
    reason: 'true: what is left after strings, arrays and null is numbers and booleans, whose Object.entries is empty' },
  // The client.
  { file: 'src/api/client.ts', fn: 'isHttpUrl', type: 'BlockStatement', source: '{ return false; }', mutators: ['BlockStatement'],
    reason: 'an emptied catch returns undefined, which both callers read exactly as false (a negation and an if)' },
  // The session and the concealment hooks.
  { file: 'src/query/session.ts', fn: 'sendForSession', type: 'StringLiteral', source: "'aborted'", mutators: ['StringLiteral'],
    reason: "the error reaches only the query of a session already left: removed from the cache, its component hidden by a suspended boundary; another kind is retried by the status policy, and each retry meets the same guard and sends nothing" },
  { file: 'src/query/session.ts', fn: 'sendForSession', type: 'StringLiteral', source: "'The session changed: nothing was sent for the previous session.'", mutators: ['StringLiteral'],
    reason: 'the message goes only to the query of a session already left (removed from the cache, its component hidden): nobody reads it' },
  { file: 'src/react/usePrinting.ts', fn: '', type: 'ArrowFunctionExpression', source: '() => false', mutators: ['ArrowFunction'],
    reason: "the server snapshot is read only as a condition (printing ? 'printing' : …), where undefined and false are alike" },
];

/** @param {string} text */
const fold = (text) => text.replace(/\s+/g, ' ').trim();

/** @param {string} text */
const directive = (text) => ({ type: 'CommentBlock', value: ` Stryker ${text} ` });

/**
 * Before the instrumenter walks a file, gives each node listed in EQUIVALENT a `Stryker disable next-line` directive
 * for its mutators, and every node after it on the same line a `Stryker restore next-line` for them, so that exactly
 * that node's mutants of those mutators are ignored. Ignores nothing by itself.
 */
const equivalentMutants = {
  /** @param {any} path a Babel NodePath */
  shouldIgnore(path) {
    if (!path.isProgram()) return undefined;
    const file = String(path.hub?.file?.opts?.filename ?? '').replaceAll('\\', '/');
    const entries = EQUIVALENT.filter((entry) => file.endsWith(entry.file));
    if (entries.length === 0) return undefined;
    /** @type {any[]} */
    const nodes = [];
    path.traverse({ enter: (/** @type {any} */ inner) => void nodes.push(inner) });
    nodes.forEach((inner, index) => {
      const entry = entries.find(({ fn, type, source }) => inner.node.type === type && fold(inner.getSource()) === source
        && (inner.findParent((/** @type {any} */ parent) => parent.isFunctionDeclaration())?.node.id?.name ?? '') === fn);
      if (!entry) return;
      const line = inner.node.loc.start.line;
      const mutators = entry.mutators.join(', ');
      for (const later of nodes.slice(index + 1)) {
        if (later.node.loc?.start.line === line) (later.node.leadingComments ??= []).unshift(directive(`restore next-line ${mutators}`));
      }
      (inner.node.leadingComments ??= []).push(directive(`disable next-line ${mutators}: equivalent, ${entry.reason}`));
    });
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
