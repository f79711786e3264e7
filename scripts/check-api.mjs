// `npm test`'s "API report" step: the package's public API, entry point by entry point, as api-extractor
// reports it, compared with the reports committed under etc/, so that every change to the API shows in
// review. Also holds the main entry to its cap of runtime exports.
//
//   node scripts/check-api.mjs            compare (reads dist/: `vite build` first; npm test builds before)
//   node scripts/check-api.mjs --update   rewrite etc/ from dist/ (`npm run api:update` builds, then this)
//
// The entries come from package.json "exports" (every subpath with a `types` condition, `*` patterns
// expanded against dist/), so a new entry gets its report without touching this file. api-extractor's
// configuration lives here, not in an api-extractor.json: only the report, no .d.ts rollup, no doc model.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = join(REPO, 'etc');
const REPORT_SUFFIX = '.api.md';
/** The cap: the main entry stays small on purpose. */
const MAX_MAIN_RUNTIME_EXPORTS = 24;
/** api-extractor's words on the report file, which this script says in its own (with the diff and the fix). */
const REPORT_NOTES = new Set(['console-api-report-not-copied', 'console-api-report-copied', 'console-api-report-created', 'console-api-report-unchanged']);
/** Subpaths that are not JavaScript APIs. */
const NOT_AN_API = new Set(['./styles.css', './package.json']);

/**
 * What fails the step, and why. Each of these means a consumer meets a broken API or broken docs:
 * - ae-forgotten-export: a public signature names a type the entry does not export, so users cannot name it
 *   (they fall back to `Parameters<…>` gymnastics) and it can change without showing in any report;
 * - ae-unresolved-link: a `{@link X}` in public JSDoc points at nothing the entry exports;
 * - ae-unresolved-inheritdoc-*, ae-cyclic-inherit-doc: public docs that cannot be built;
 * - ae-wrong-input-file-type: the entry's types are not a .d.ts;
 * - every TypeScript error in the declarations (compilerMessageReporting).
 * Off: the release-tag messages (this package does not tag @public/@beta; every export is public) and
 * ae-undocumented (JSDoc coverage is a review matter). TSDoc syntax messages (tsdoc-*) are shown, not fatal:
 * the JSDoc here is read by editors, which are lenient, not by a TSDoc doc generator.
 */
const MESSAGES = {
  compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
  extractorMessageReporting: {
    default: { logLevel: ExtractorLogLevel.Warning },
    'ae-forgotten-export': { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
    'ae-unresolved-link': { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
    'ae-unresolved-inheritdoc-reference': { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
    'ae-unresolved-inheritdoc-base': { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
    'ae-cyclic-inherit-doc': { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
    'ae-wrong-input-file-type': { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
    'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
    'ae-incompatible-release-tags': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
    'ae-internal-missing-underscore': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
    'ae-internal-mixed-release-tag': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
    'ae-undocumented': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
  },
  tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: false } },
};

/** The first `types` target among an export's conditions, depth first, as TypeScript picks it. */
function typesOf(target) {
  if (typeof target === 'string') return target.endsWith('.d.ts') ? target : undefined;
  if (target === null || typeof target !== 'object') return undefined;
  if (typeof target.types === 'string') return target.types;
  for (const value of Object.values(target)) {
    const found = typesOf(value);
    if (found) return found;
  }
  return undefined;
}

/** Every file under `dir`, as paths relative to the repository. */
function filesUnder(dir) {
  if (!existsSync(join(REPO, dir))) return [];
  return readdirSync(join(REPO, dir), { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(join(REPO, path)).isFile());
}

/** `{ subpath, types, reportName }` for each public entry; problems for exports that point nowhere. */
function publicEntries(pkg) {
  const unscoped = pkg.name.replace(/^@[^/]+\//, '');
  const reportName = (subpath) => (subpath === '.' ? unscoped : `${unscoped}-${subpath.slice(2).replaceAll('/', '-')}`);
  const entries = [];
  const problems = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (NOT_AN_API.has(subpath)) continue;
    const types = typesOf(target)?.replace(/^\.\//, '');
    if (!types) {
      problems.push(`exports["${subpath}"] has no types condition: TypeScript users get no declarations for it`);
      continue;
    }
    if (!subpath.includes('*')) {
      if (existsSync(join(REPO, types))) entries.push({ subpath, types, reportName: reportName(subpath) });
      else problems.push(`exports["${subpath}"] names ${types}, which does not exist: run \`npx vite build\``);
      continue;
    }
    // A pattern: Node lets `*` stand for any string, slashes included.
    const [before, after] = types.split('*');
    const matches = filesUnder(dirname(`${before}x`)).filter((path) => path.startsWith(before) && path.endsWith(after) && path.length > before.length + after.length);
    if (matches.length === 0) problems.push(`exports["${subpath}"] (${types}) matches no file in dist/: run \`npx vite build\``);
    for (const path of matches.sort()) {
      const star = path.slice(before.length, path.length - after.length);
      const concrete = subpath.replace('*', star);
      entries.push({ subpath: concrete, types: path, reportName: reportName(concrete) });
    }
  }
  return { entries, problems };
}

/** api-extractor's configuration for one entry: the report only, into etc/ or, in check mode, `tempFolder`. */
function configFor(entry, { tempFolder, allEntryPaths }) {
  const entryPath = join(REPO, entry.types);
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: REPO,
      mainEntryPointFilePath: entryPath,
      newlineKind: 'lf',
      compiler: {
        // The declarations alone, as a consumer's TypeScript reads them; not the project's tsconfig (sources,
        // tests). Type-checked, not skipped (skipLibCheck would skip these .d.ts files too).
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'bundler',
            jsx: 'react-jsx',
            strict: true,
            types: [],
          },
          files: allEntryPaths,
        },
      },
      apiReport: { enabled: true, reportFileName: entry.reportName, reportFolder: REPORTS, reportTempFolder: tempFolder },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: MESSAGES,
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(REPO, 'package.json'),
  });
}

/** Runs api-extractor on one entry; in check mode etc/ is left alone. One compiler state serves every entry. */
function extract(entry, config, compilerState, { update, tempFolder }) {
  const messages = [];
  let result;
  let crash;
  try {
    result = Extractor.invoke(config, {
      localBuild: update,
      compilerState,
      showVerboseMessages: false,
      messageCallback(message) {
        // api-extractor's own notes ("Analysis will use…", "copy the report file") give way to this script's.
        message.handled = true;
        if (message.logLevel !== ExtractorLogLevel.Error && message.logLevel !== ExtractorLogLevel.Warning) return;
        if (REPORT_NOTES.has(message.messageId)) return;
        const where = message.sourceFilePath ? `${relative(REPO, message.sourceFilePath)}:${message.sourceFileLine}:${message.sourceFileColumn}: ` : '';
        messages.push({ level: message.logLevel, text: `${where}(${message.messageId}) ${message.text}` });
      },
    });
  } catch (error) {
    // It throws rather than reports on some broken declarations (a name that resolves to nothing).
    crash = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  }
  return { result, crash, messages, report: join(REPORTS, `${entry.reportName}${REPORT_SUFFIX}`), fresh: join(tempFolder, `${entry.reportName}${REPORT_SUFFIX}`) };
}

/** The main entry's runtime exports, as Node loads the package by its own name (what a consumer's import sees). */
async function mainRuntimeExports(pkgName) {
  return Object.keys(await import(pkgName)).sort();
}

const update = process.argv.includes('--update');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const { entries, problems } = publicEntries(pkg);
const tempFolder = mkdtempSync(join(tmpdir(), 'fastpass-api-report-'));
if (update) mkdirSync(REPORTS, { recursive: true });
const changed = [];
try {
  const allEntryPaths = entries.map((entry) => join(REPO, entry.types));
  const configs = entries.map((entry) => configFor(entry, { tempFolder, allEntryPaths }));
  const compilerState = configs.length > 0 ? CompilerState.create(configs[0], { additionalEntryPoints: allEntryPaths }) : undefined;
  const said = new Set();
  let errorCount = 0;
  for (const [index, entry] of entries.entries()) {
    const { result, crash, messages: all, report, fresh } = extract(entry, configs[index], compilerState, { update, tempFolder });
    // The program holds every entry, so each run repeats the compiler's findings in the others' files: once is enough.
    const messages = all.filter((m) => !said.has(m.text));
    for (const m of messages) said.add(m.text);
    errorCount += messages.filter((m) => m.level === ExtractorLogLevel.Error).length;
    const shown = relative(REPO, report);
    for (const m of messages) console.log(`  ${m.level === ExtractorLogLevel.Error ? 'error' : 'warning'}: ${m.text}`);
    if (crash) {
      problems.push(`${entry.types} (${entry.subpath}): api-extractor could not read it: ${crash}`);
    } else if (update) {
      console.log(`${entry.subpath}: ${shown} ${result.apiReportChanged ? 'rewritten' : 'unchanged'}`);
    } else if (result.apiReportChanged || !existsSync(report)) {
      changed.push(shown);
      console.log(`${entry.subpath}: ${shown} differs from the API in ${entry.types}:`);
      if (existsSync(report)) spawnSync('git', ['diff', '--no-index', '--', report, fresh], { stdio: 'inherit' });
      else console.log(`  (no committed report yet)`);
    } else {
      console.log(`${entry.subpath}: ${shown} matches ${entry.types}`);
    }
  }
  if (errorCount > 0) problems.push(`${errorCount} api-extractor error(s), listed above with their file and line`);
  // A report whose entry is gone: the removal is an API change too.
  const expected = new Set(entries.map((entry) => `${entry.reportName}${REPORT_SUFFIX}`));
  const stale = existsSync(REPORTS) ? readdirSync(REPORTS).filter((name) => name.endsWith(REPORT_SUFFIX) && !expected.has(name)) : [];
  for (const name of stale) {
    if (update) {
      unlinkSync(join(REPORTS, name));
      console.log(`etc/${name}: removed (its entry is no longer in package.json "exports")`);
    } else {
      changed.push(`etc/${name}`);
      console.log(`etc/${name}: its entry is no longer in package.json "exports"`);
    }
  }
} finally {
  rmSync(tempFolder, { recursive: true, force: true });
}
if (changed.length > 0) {
  problems.push(
    `the public API differs from ${changed.join(', ')}. If the change is meant, run \`npm run api:update\` ` +
      '(or `node scripts/check-api.mjs --update` on a fresh dist/) and commit etc/ with it, so that review sees it.',
  );
}

const runtime = await mainRuntimeExports(pkg.name);
console.log(`${pkg.name}: ${runtime.length} runtime exports (at most ${MAX_MAIN_RUNTIME_EXPORTS}): ${runtime.join(', ')}`);
if (runtime.length > MAX_MAIN_RUNTIME_EXPORTS) {
  problems.push(`the main entry has ${runtime.length} runtime exports, ${runtime.length - MAX_MAIN_RUNTIME_EXPORTS} more than the cap of ${MAX_MAIN_RUNTIME_EXPORTS} (list above)`);
}

if (problems.length > 0) {
  console.error(`API report check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(update ? 'API reports written' : 'API reports match');
