// The example apps in examples/ against the library as its users get it: the packed tarball, installed
// with npm, built by each framework, and driven end to end (in Chromium; the Jest example in jsdom). Plain Node, no
// dependency.
//
//   node scripts/examples.mjs                      pack, then install, build and test every example
//   node scripts/examples.mjs vite-antd            only the examples named
//   node scripts/examples.mjs --install NAME…      pack and install only (what to run before an example's `npm run dev`)
//
// The docs pages quote the examples' files through `?raw` imports (test/unit/docs/docs.test.ts), so what users copy
// is what these runs prove, by construction. That includes each example's package.json: it is what a newcomer's
// setup commands, docs/setup/<example>.sh (shown on the pages as they are), make in an empty folder named like the
// example. The first check rebuilds it from that script: `npm init -y` and the `npm pkg set|delete` lines run for real
// in a temporary folder, the `npm install [-D]` lines only noted (the packages must be the same; where a line pins a
// version, `msw@2`, the example's range must lie within it); any other command fails the check. Only the version
// ranges and the library's `file:` spec (below) may differ. Packages only this proof needs (jsqr and pngjs, which
// decode the e2e suites' screenshots) are in none of them: they resolve from the repository root's node_modules.
//
// Steps, each timed: that check, for the examples named; then `npm pack` once (after `vite build` if src/ changed
// since dist/ was built), the tarball copied to examples/.pack/react-fastpass-qrcode.tgz; then for each example, two
// examples at a time: install, check that what is installed is that tarball byte for byte, the scripts its setup
// gives it (`npm run typecheck` where there is one, `npm run build` where there is one, then `npm test`: Playwright
// and the system Chromium; Jest for examples/jest).
//
// How an example depends on the tarball, and why. Each package.json says
//   "react-fastpass-qrcode": "file:../.pack/react-fastpass-qrcode.tgz"
// which is what `npm install <path to a .tgz>` writes, and each commits its package-lock.json, so that
// `npm ci` installs exactly the locked tree. The file name carries no version, so the spec and the lock
// stay put when the version changes. The lock's entry for that tarball carries no `integrity`, on purpose:
// a tarball's integrity changes with every build, so with one, `npm ci` on a clean clone fails with
// EINTEGRITY against a freshly packed tarball; and on a machine whose npm cache still holds an earlier
// tarball, `npm ci` quietly installs that cached earlier build instead of the file (the integrity is the
// cache key). Without it npm reads the file every time. `npm install` in an example writes the field back:
// this script takes it out again and says so (commit the lock then).
//
// Caching: an example's `npm ci` is skipped when node_modules holds a stamp of the last `npm ci` made
// from the same package.json, lock, Node and npm; then `npm install --no-save <tarball>` replaces only the
// library. A fresh clone has no node_modules, so each `npm ci` is also kept outside the clone, under that stamp
// (in `$FASTPASS_EXAMPLES_CACHE`, else `$XDG_CACHE_HOME/react-fastpass-qrcode/examples`, else
// `~/.cache/react-fastpass-qrcode/examples`; `FASTPASS_EXAMPLES_CACHE=off` keeps nothing): the next clone copies it
// in instead of installing, which is what a CI cache keyed by the lock does. Next.js's build cache (`.next/cache`)
// is kept the same way, as Next.js asks CI to. Either way the check that follows compares every installed file of
// the library with the fresh tarball. The tarball is always packed anew.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { isLibraryBuilt } from './lib/libraryBuild.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(root, 'examples');
const packDir = join(examplesDir, '.pack');
const tarball = join(packDir, 'react-fastpass-qrcode.tgz');
const PACKAGE = 'react-fastpass-qrcode';
const STAMP = '.fastpass-examples-install.json';
/** Where installs and build caches outlive a clone (see the header); undefined when turned off. */
const cacheRoot =
  process.env.FASTPASS_EXAMPLES_CACHE === 'off'
    ? undefined
    : (process.env.FASTPASS_EXAMPLES_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'react-fastpass-qrcode', 'examples'));
/** The build caches each example's framework keeps between builds, relative to the example. */
const BUILD_CACHES = { 'next-app-router': ['.next/cache'] };

const args = process.argv.slice(2);
const installOnly = args.includes('--install');
/** Internal: one example's install, build and e2e, on the tarball the parent run has just packed (see the end). */
const onePacked = args.includes('--packed');
const all = readdirSync(examplesDir).filter((name) => existsSync(join(examplesDir, name, 'package.json'))).sort();
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`No example named ${unknown.join(', ')}; there are: ${all.join(', ')}.`);
  process.exit(2);
}
const examples = named.length > 0 ? named : all;

const systemChromium = findChromium();
const env = {
  ...process.env,
  // Never a downloaded browser: the e2e suites launch the system Chromium (scripts/chromium.mjs), which each
  // example's playwright.config.ts takes from these two variables (a user's project, without them, runs Playwright's).
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  ...(systemChromium ? { CHROMIUM_PATH: systemChromium, CHROMIUM_ARGS: JSON.stringify(CHROMIUM_ARGS) } : {}),
  NEXT_TELEMETRY_DISABLED: '1',
};

const results = [];
/** Runs one timed part; a failure is recorded and ends that example's remaining parts. */
function part(name, work) {
  console.log(`\n── ${name}`);
  const started = performance.now();
  let ok = true;
  try {
    work();
  } catch (error) {
    ok = false;
    console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
  results.push({ name, ok, seconds: (performance.now() - started) / 1000 });
  return ok;
}

function run(command, commandArgs, cwd) {
  console.log(`$ ${command} ${commandArgs.join(' ')}${cwd === root ? '' : `   (in ${relative(root, cwd)})`}`);
  const { status, signal } = spawnSync(command, commandArgs, { cwd, env, stdio: 'inherit' });
  if (status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited with ${signal ?? status}`);
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const execFileAsync = promisify(execFile);

/** The lock's entry for the tarball must have no integrity (see the header). Returns true if it changed the lock. */
function dropTarballIntegrity(lockPath) {
  const lock = readJson(lockPath);
  const entry = lock.packages?.[`node_modules/${PACKAGE}`];
  if (!entry) throw new Error(`${relative(root, lockPath)} has no entry for ${PACKAGE}: run \`npm install\` in that example once.`);
  if (entry.integrity === undefined) return false;
  delete entry.integrity;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`note: removed the tarball's integrity from ${relative(root, lockPath)} (it changes with every build): commit the lock.`);
  return true;
}

/** Whether the lock's entry for the library still describes the packed package (dependencies, peers, version). */
function lockMatchesTarball(lockPath, packed) {
  const entry = readJson(lockPath).packages?.[`node_modules/${PACKAGE}`] ?? {};
  const same = (a = {}, b = {}) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  return (
    entry.version === packed.version &&
    same(entry.dependencies, packed.dependencies) &&
    same(entry.peerDependencies, packed.peerDependencies) &&
    same(entry.optionalDependencies, packed.optionalDependencies) &&
    same(entry.bin, binOf(packed))
  );
}

/** The package's bin as npm writes it into a lock: an object, paths without a leading `./`. */
function binOf(manifest) {
  if (manifest.bin === undefined) return undefined;
  const bin = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : manifest.bin;
  return Object.fromEntries(Object.entries(bin).map(([name, path]) => [name, path.replace(/^(\.\/)+/, '')]));
}

/** Every file of the tarball, extracted once, to compare installs against. */
let packedFiles;
function packedContents() {
  if (!packedFiles) {
    const dir = mkdtempSync(join(tmpdir(), 'fastpass-examples-'));
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    packedFiles = { dir: join(dir, 'package'), files: listFiles(join(dir, 'package')) };
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return packedFiles;
}

function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** The library in an example's node_modules is the fresh tarball, file for file. */
function checkInstalled(exampleDir) {
  const installed = join(exampleDir, 'node_modules', PACKAGE);
  const { dir, files } = packedContents();
  const stale = files.filter((file) => {
    const path = join(installed, file);
    return !existsSync(path) || !readFileSync(path).equals(readFileSync(join(dir, file)));
  });
  if (stale.length > 0) {
    throw new Error(`${relative(root, installed)} is not the tarball just packed: ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''} differ`);
  }
  console.log(`${relative(root, installed)}: the ${files.length} files of the fresh tarball`);
}

function install(name, packed) {
  const dir = join(examplesDir, name);
  const lockPath = join(dir, 'package-lock.json');
  if (!existsSync(lockPath)) throw new Error(`examples/${name} has no package-lock.json: run \`npm install\` there once and commit it.`);
  dropTarballIntegrity(lockPath);
  if (!lockMatchesTarball(lockPath, packed)) {
    // npm ci installs (and links bins) by the lock's idea of the library, not the tarball's. Naming the
    // tarball makes npm read its manifest again; a plain `npm install` trusts the lock.
    console.log(`note: examples/${name}/package-lock.json describes another ${PACKAGE} (version, dependencies or bin): updating it; commit the lock.`);
    run('npm', ['install', '--no-audit', '--no-fund', relative(dir, tarball)], dir);
    dropTarballIntegrity(lockPath);
    if (!lockMatchesTarball(lockPath, packed)) throw new Error(`npm did not bring examples/${name}/package-lock.json up to date with the tarball`);
  }

  const stampPath = join(dir, 'node_modules', STAMP);
  const npmVersion = execFileSync('npm', ['--version'], { cwd: dir, encoding: 'utf8', env }).trim();
  const stamp = sha256(
    [readFileSync(join(dir, 'package.json'), 'utf8'), readFileSync(lockPath, 'utf8'), process.version, npmVersion].join('\0'),
  );
  const cached = existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp;
  const kept = cacheRoot && join(cacheRoot, name, `node_modules-${stamp.slice(0, 16)}`);
  if (cached) {
    console.log('node_modules matches package.json and the lock: replacing only the library');
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', relative(dir, tarball)], dir);
  } else if (kept && existsSync(join(kept, STAMP)) && readFileSync(join(kept, STAMP), 'utf8') === stamp && restore(kept, join(dir, 'node_modules'))) {
    console.log('node_modules copied in from the install kept outside the clone (same package.json and lock): replacing only the library');
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', relative(dir, tarball)], dir);
  } else {
    rmSync(stampPath, { force: true });
    run('npm', ['ci', '--no-audit', '--no-fund'], dir);
    writeFileSync(stampPath, stamp);
    if (kept) keep(join(dir, 'node_modules'), kept);
  }
  // Vite's dependency pre-bundles are keyed by the lock, which does not change with the tarball.
  rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
  checkInstalled(dir);
}

/** Copies a directory as it is (symlinks, modes, times): `cp -a`, which is several times faster than Node's cpSync here. */
function copyTree(from, to) {
  mkdirSync(join(to, '..'), { recursive: true });
  if (process.platform === 'win32') cpSync(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  else execFileSync('cp', ['-a', from, to]);
}

/**
 * Keeps a copy of `from` at `to`, in place of any other copy beside it (an older stamp). Written under a temporary name
 * and renamed, so that a run stopped halfway leaves no half copy to restore. A failure here costs the next clone a
 * slower install, never this run: it is reported and passed over.
 */
function keep(from, to) {
  const temporary = `${to}.partial-${process.pid}`;
  try {
    const parent = join(to, '..');
    mkdirSync(parent, { recursive: true });
    const prefix = to.slice(parent.length + 1).replace(/-[^-]*$/, '-');
    for (const entry of readdirSync(parent)) {
      if (entry.startsWith(prefix)) rmSync(join(parent, entry), { recursive: true, force: true });
    }
    copyTree(from, temporary);
    renameSync(temporary, to);
    console.log(`kept ${relative(root, from)} for the next clone (${to})`);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    console.warn(`note: could not keep ${relative(root, from)} outside the clone: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Copies a kept tree in place of `to`. Returns false, with `to` gone and a note, when that fails: the caller then
 * installs or builds cold, as on a machine that kept nothing.
 */
function restore(kept, to) {
  rmSync(to, { recursive: true, force: true });
  try {
    copyTree(kept, to);
    return true;
  } catch (error) {
    rmSync(to, { recursive: true, force: true });
    console.warn(`note: could not copy ${kept} in (${error instanceof Error ? error.message : String(error)}): going without it`);
    return false;
  }
}

/** Puts back a framework's build cache kept by an earlier run, when the example has none (a fresh clone). */
function restoreBuildCaches(name) {
  if (!cacheRoot) return;
  for (const path of BUILD_CACHES[name] ?? []) {
    const target = join(examplesDir, name, path);
    const kept = join(cacheRoot, name, `${path.replaceAll('/', '_')}-kept`);
    if (existsSync(target) || !existsSync(kept)) continue;
    if (restore(kept, target)) console.log(`${relative(root, target)}: restored from the copy kept outside the clone`);
  }
}

/** Keeps a framework's build cache after a build, for the next clone. */
function keepBuildCaches(name) {
  if (!cacheRoot) return;
  for (const path of BUILD_CACHES[name] ?? []) {
    const target = join(examplesDir, name, path);
    if (existsSync(target)) keep(target, join(cacheRoot, name, `${path.replaceAll('/', '_')}-kept`));
  }
}

// ── an example's package.json is what its docs/setup/<name>.sh makes (see the header)

const setupDir = join(root, 'docs', 'setup');

/**
 * The commands of a setup script: comment and blank lines left out, `\` continuations joined, each command split
 * into words as a POSIX shell splits them (quotes, backslashes). Anything else a shell would read (operators,
 * expansions, redirections) is an error: the script is to be nothing but the commands themselves.
 */
function setupCommands(path) {
  const commands = [];
  let pending = '';
  let startLine = 0;
  readFileSync(path, 'utf8').split('\n').forEach((text, index) => {
    if (pending === '' && /^\s*(#.*)?$/.test(text)) return;
    if (pending === '') startLine = index + 1;
    if (text.endsWith('\\')) {
      pending += `${text.slice(0, -1)} `;
      return;
    }
    const line = pending + text;
    pending = '';
    commands.push({ line: startLine, text: line.trim(), words: shellWords(line, `${relative(root, path)}:${startLine}`) });
  });
  if (pending !== '') throw new Error(`${relative(root, path)} ends in a \`\\\` continuation with no line after it.`);
  return commands;
}

function shellWords(line, where) {
  const words = [];
  let word;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`${where}: a ' with no closing '.`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (char === '"') {
      word ??= '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && '"\\$`'.includes(line[i + 1])) word += line[++i];
        else if ('$`'.includes(line[i])) throw new Error(`${where}: \`${line[i]}\` inside double quotes: a setup line holds no expansion.`);
        else word += line[i];
      }
      if (i >= line.length) throw new Error(`${where}: a " with no closing ".`);
    } else if (char === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else if (char === '#' && word === undefined) {
      break;
    } else if (';&|<>()$`*?[]{}~'.includes(char) && !(char === '~' && word !== undefined)) {
      throw new Error(`${where}: \`${char}\` outside quotes: a setup line is one plain command (no operators, expansions or redirections).`);
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** `name@range` (or `@scope/name@range`) into its name and the range it asks for ('' when none). */
function splitSpec(spec) {
  const at = spec.indexOf('@', 1);
  return at < 0 ? { name: spec, range: '' } : { name: spec.slice(0, at), range: spec.slice(at + 1) };
}

/**
 * The fixed leading numbers of a simple range: every version it allows starts with them. `2` and `^2.15.0` → [2];
 * `~1.65`, `1.65` and `~1.65.1` → [1, 65]; `7.18.4` → [7, 18, 4]. Undefined for anything else (`>=1`, `*`, a tag).
 */
function fixedPrefix(range) {
  const match = /^([\^~]?)(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(range.trim());
  if (!match) return undefined;
  const [, operator, ...parts] = match;
  const numbers = [];
  for (const part of parts) {
    if (part === undefined || part === 'x' || part === '*') break;
    numbers.push(Number(part));
  }
  if (operator === '~') return numbers.slice(0, 2);
  if (operator === '^') {
    const firstNonZero = numbers.findIndex((n) => n !== 0);
    return numbers.slice(0, firstNonZero < 0 ? numbers.length : firstNonZero + 1);
  }
  return numbers;
}

/** Whether every version `range` allows is one `pin` allows (both simple ranges, see fixedPrefix). */
function rangeWithin(range, pin) {
  const inner = fixedPrefix(range);
  const outer = fixedPrefix(pin);
  return inner !== undefined && outer !== undefined && outer.length <= inner.length && outer.every((n, i) => inner[i] === n);
}

const NPM_INSTALL = new Set(['install', 'i', 'add']);
const DEV_FLAGS = new Set(['-D', '--save-dev']);
const TARBALL_SPEC = 'file:../.pack/react-fastpass-qrcode.tgz';

/**
 * What docs/setup/<name>.sh makes, in a temporary folder named `name`: `npm init -y` and the `npm pkg` lines run for
 * real; the `npm install` lines only noted (packages and the range each line asks for), since they would fetch.
 */
async function expectedManifest(name) {
  const script = join(setupDir, `${name}.sh`);
  const shown = relative(root, script);
  if (!existsSync(script)) throw new Error(`examples/${name} has no setup script: write ${shown} (npm init -y, the npm install lines, the npm pkg set lines).`);
  const work = mkdtempSync(join(tmpdir(), 'fastpass-setup-'));
  try {
    const dir = join(work, name);
    mkdirSync(dir);
    const npm = async (npmArgs, where) => {
      try {
        await execFileAsync('npm', npmArgs, { cwd: dir, env, encoding: 'utf8' });
      } catch (error) {
        throw new Error(`${where}: \`npm ${npmArgs.join(' ')}\` failed in a temporary folder: ${String(error.stderr ?? error.message).trim().split('\n').at(-1)}`);
      }
    };
    let initialised = false;
    for (const { line, text, words } of setupCommands(script)) {
      const where = `${shown}:${line}`;
      const [command, sub, ...rest] = words;
      if (command === 'npm' && sub === 'init' && rest.length === 1 && ['-y', '--yes'].includes(rest[0]) && !initialised) {
        await npm(['init', '-y'], where);
        initialised = true;
      } else if (!initialised) {
        throw new Error(`${where}: \`${text}\` comes before \`npm init -y\`, which must be the script's first command.`);
      } else if (command === 'npm' && sub === 'pkg' && ['set', 'delete'].includes(rest[0]) && rest.length > 1) {
        await npm(['pkg', ...rest], where);
      } else if (command === 'npm' && NPM_INSTALL.has(sub) && rest.some((word) => !word.startsWith('-'))) {
        const flags = rest.filter((word) => word.startsWith('-'));
        const unknownFlags = flags.filter((flag) => !DEV_FLAGS.has(flag));
        if (unknownFlags.length > 0) throw new Error(`${where}: this check knows no \`${unknownFlags.join(' ')}\` on npm install (only -D or --save-dev).`);
        const field = flags.length > 0 ? 'devDependencies' : 'dependencies';
        // What npm would add to package.json, with the range asked for in place of the version it would pick.
        const manifest = readJson(join(dir, 'package.json'));
        for (const spec of rest.filter((word) => !word.startsWith('-'))) {
          const { name: pkg, range } = splitSpec(spec);
          if (range !== '' && fixedPrefix(range) === undefined) throw new Error(`${where}: \`${spec}\`: pin a version as name@major (or major.minor, or exact), so that the example's range can be checked against it.`);
          for (const other of ['dependencies', 'devDependencies']) delete manifest[other]?.[pkg];
          manifest[field] = { ...manifest[field], [pkg]: range };
        }
        for (const other of ['dependencies', 'devDependencies']) {
          if (manifest[other]) manifest[other] = Object.fromEntries(Object.entries(manifest[other]).sort(([a], [b]) => a.localeCompare(b, 'en')));
          if (manifest[other] && Object.keys(manifest[other]).length === 0) delete manifest[other];
        }
        writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      } else {
        throw new Error(`${where}: \`${text}\` is not a setup command this check can follow: a setup script holds \`npm init -y\`, then \`npm install [-D] package…\` and \`npm pkg set|delete …\` lines, nothing else.`);
      }
    }
    if (!initialised) throw new Error(`${shown} has no \`npm init -y\`.`);
    return readJson(join(dir, 'package.json'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The ways examples/<name>/package.json differs from what its setup script makes; empty when it does not. */
async function setupDifferences(name) {
  const expected = await expectedManifest(name);
  const actual = readJson(join(examplesDir, name, 'package.json'));
  const differences = [];
  const show = (value) => JSON.stringify(value);
  const FIELDS = ['dependencies', 'devDependencies'];
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (FIELDS.includes(key)) continue;
    if (!(key in actual)) differences.push(`"${key}" is missing (the script makes ${show(expected[key])})`);
    else if (!(key in expected)) differences.push(`"${key}" is there (${show(actual[key])}), which the script never sets`);
    else if (show(actual[key]) !== show(expected[key])) differences.push(`"${key}" is ${show(actual[key])}; the script makes ${show(expected[key])}`);
  }
  for (const field of FIELDS) {
    const wanted = expected[field] ?? {};
    const have = actual[field] ?? {};
    const other = FIELDS.find((f) => f !== field);
    for (const [pkg, range] of Object.entries(have)) {
      if (!(pkg in wanted)) {
        differences.push(pkg in (expected[other] ?? {}) ? `${pkg} is in ${field}; the script installs it into ${other}` : `${field} has ${pkg}, which the script does not install`);
      } else if (pkg === PACKAGE) {
        if (range !== TARBALL_SPEC) differences.push(`${pkg} is ${show(range)}; the examples install the packed tarball, ${show(TARBALL_SPEC)}`);
      } else if (wanted[pkg] !== '' && !rangeWithin(range, wanted[pkg])) {
        differences.push(`${pkg} is ${show(range)}, outside the script's ${pkg}@${wanted[pkg]}`);
      }
    }
    for (const pkg of Object.keys(wanted)) {
      if (!(pkg in have) && !(pkg in (actual[other] ?? {}))) differences.push(`${field} lacks ${pkg}, which the script installs`);
    }
    if (show(Object.keys(have)) !== show(Object.keys(have).sort((a, b) => a.localeCompare(b, 'en')))) differences.push(`${field} is not in npm's order (by name)`);
  }
  if (differences.length === 0 && show(Object.keys(actual)) !== show(Object.keys(expected))) {
    differences.push(`its keys are in another order (${Object.keys(actual).join(', ')}) than the script leaves them (${Object.keys(expected).join(', ')})`);
  }
  if (differences.length === 0) return [];
  return [
    ...differences.map((difference) => `- ${difference}.`),
    `Fix: make docs/setup/${name}.sh the commands a newcomer runs, and examples/${name}/package.json exactly what they make (version ranges as npm writes them; ${PACKAGE} as ${show(TARBALL_SPEC)}). After changing packages, run \`npm install\` in examples/${name} and commit its package.json and package-lock.json.`,
  ];
}

if (!onePacked) {
  // ── each example's package.json is what a newcomer's setup commands make: the examples side by side (each is a
  // few npm commands, mostly start-up), reported one by one
  const checks = await Promise.all(
    examples.map(async (name) => {
      const started = performance.now();
      const differences = await setupDifferences(name).catch((error) => [error instanceof Error ? error.message : String(error)]);
      return { name, differences, seconds: (performance.now() - started) / 1000 };
    }),
  );
  for (const { name, differences, seconds } of checks) {
    const title = `${name}: package.json is what docs/setup/${name}.sh makes`;
    console.log(`\n── ${title}`);
    if (differences.length > 0) console.error(`FAILED: examples/${name}/package.json is not what docs/setup/${name}.sh makes:\n${differences.join('\n')}`);
    results.push({ name: title, ok: differences.length === 0, seconds });
  }
}

// ── the tarball, once
let packed;
// A child run installs what its parent packed: the tarball as it is on disk.
if (onePacked) packed = readJson(join(packedContents().dir, 'package.json'));
const packedOk = onePacked || part('pack: npm pack (vite build first if src/ changed since the last build)', () => {
  // `npm test` has just built dist/ (its "library build" step): build again only if src/ changed since.
  if (!isLibraryBuilt()) run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], root);
  mkdirSync(packDir, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
  const [{ filename, size }] = JSON.parse(out);
  rmSync(tarball, { force: true });
  copyFileSync(join(packDir, filename), tarball);
  rmSync(join(packDir, filename));
  // What npm will install is what the tarball says, not what the working tree says now.
  packedFiles = undefined;
  packed = readJson(join(packedContents().dir, 'package.json'));
  console.log(`${relative(root, tarball)}: ${packed.name}@${packed.version}, ${(size / 1024).toFixed(0)} KB, packed ${new Date(statSync(tarball).mtimeMs).toISOString()}`);
});

/** One example's parts, one after the other: install the tarball, build, run its end-to-end tests. */
function runExample(name) {
  const dir = join(examplesDir, name);
  if (!part(`${name}: install the tarball`, () => install(name, packed))) return;
  if (installOnly) return;
  // The scripts its setup script gives it: `typecheck` where there is one, `build` where there is one, then `test`.
  const { scripts = {} } = readJson(join(dir, 'package.json'));
  const built = part(`${name}: ${['typecheck', 'build'].filter((script) => script in scripts).join(', ') || 'build (none)'}`, () => {
    if ('typecheck' in scripts) run('npm', ['run', 'typecheck'], dir);
    if (!('build' in scripts)) return;
    restoreBuildCaches(name);
    run('npm', ['run', 'build'], dir);
    keepBuildCaches(name);
  });
  if (!built) return;
  part(`${name}: test (end to end)`, () => run('npm', ['test'], dir));
}

/**
 * The examples two at a time, each in a child run of this script (`--packed <name>`) whose output is printed whole
 * when it ends: most of an e2e suite is waiting (for a poll, a page, a server), so two suites share the two cores
 * well, and `npm test` stays within its ten minutes. Their ports differ (each example's e2e/ports.ts).
 */
async function runExamplesTwoAtATime(names) {
  const queue = [...names];
  const lane = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--packed', name], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const code = await new Promise((resolve) => child.once('close', resolve));
      const [log, reported] = output.split(RESULTS_LINE);
      console.log(`\n━━━━ examples/${name} ━━━━${log}`);
      const childResults = reported ? JSON.parse(reported) : [{ name: `${name}: child run`, ok: false, seconds: 0 }];
      if (code !== 0 && childResults.every((result) => result.ok)) childResults.push({ name: `${name}: child run exited with ${code}`, ok: false, seconds: 0 });
      results.push(...childResults);
    }
  };
  await Promise.all([lane(), lane()]);
}

/** Where a child run's results start in its output (a line of JSON after it). */
const RESULTS_LINE = '\n::fastpass-example-results::';

if (packedOk) {
  if (onePacked || installOnly || examples.length === 1) {
    for (const name of examples) runExample(name);
  } else {
    // The longest suites first, one in each lane, so that the two lanes end close together.
    const longest = ['next-app-router', 'react-router'].filter((name) => examples.includes(name));
    await runExamplesTwoAtATime([...longest, ...examples.filter((name) => !longest.includes(name))]);
  }
}

if (onePacked) {
  process.stdout.write(`${RESULTS_LINE}${JSON.stringify(results)}\n`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

console.log('\n── examples summary');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'ok  ' : 'FAIL'}  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`total ${results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1)} s (work done; the examples run two at a time)`);
process.exit(failed === 0 ? 0 : 1);
