// Checks the package as npm would publish it: packs a tarball, then runs publint and
// arethetypeswrong on it, and checks the promises the exports map makes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'fastpass-pack-'));
const problems = [];
try {
  const [{ filename, files }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const tarball = join(dir, filename);
  const paths = new Set(files.map((file) => file.path));
  const requiredFiles = [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/testing.js',
    'dist/testing.d.ts',
    'dist/testing/node.js',
    'dist/testing/createFastpassMockServer.js',
    'dist/bin/fastpass-mock.js',
    'dist/server.js',
    'dist/server.d.ts',
    'dist/styles.css',
    'README.md',
  ];
  for (const required of requiredFiles) {
    if (!paths.has(required)) problems.push(`the tarball lacks ${required}`);
  }
  for (const path of paths) {
    if (/^(src|test|stories|bench|\.storybook)\//.test(path)) problems.push(`the tarball ships ${path}`);
  }

  problems.push(...checkServerBoundary('dist/index.js'));
  problems.push(...checkBrowserSafeTesting('dist/testing.js'));
  problems.push(...checkPortableServer('dist/server.js'));
  problems.push(...checkBins(tarball));
  problems.push(...checkNodeTesting());
  problems.push(...checkServerInNode());

  console.log(`packed ${filename}: ${paths.size} files`);
  execFileSync('npx', ['--no-install', 'publint', '--strict', tarball], { stdio: 'inherit' });
  execFileSync('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css'], { stdio: 'inherit' });
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`package checks failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('package checks passed');

/**
 * What a React Server Component sees of the main entry. It walks the modules the entry imports, stopping
 * at each 'use client' module (there the server sees only references): every module reached before such
 * a boundary runs on the server, so it must not call what React's server build lacks (hooks, context),
 * and the entry itself must not be a client module (that would turn the client and the query options
 * into references too: "Attempted to call fastpassQrcodeQueryOptions() from the server"). Neither tsc nor
 * `next build` catches this; Next.js catches it at run time, and examples/next-app-router proves it there.
 */
function checkServerBoundary(entry) {
  const found = [];
  const CLIENT_ONLY = /\b(useState|useEffect|useLayoutEffect|useRef|useContext|useMemo|useCallback|useReducer|useSyncExternalStore|createContext|useQuery|useQueryClient|useSuspenseQuery)\b/;
  const seen = new Set();
  const clientModules = [];
  const walk = (file, via) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const isClient = /^["']use client["'];/.test(code);
    if (file === entry && isClient) found.push(`${entry} starts with 'use client': on the server every export would be a client reference`);
    if (isClient) return void clientModules.push(file);
    if (/from ["'](msw|node:)/.test(code) || /from ["'][^"']*testing[^"']*["']/.test(code)) found.push(`${file} (server side of the main entry) imports msw, Node or the testing entry`);
    const imports = [...code.matchAll(/^(?:import|export) [^;]*?from ["']([^"']+)["'];/gm)].map((m) => m[1]);
    const reactImports = code.match(/^import [^;]*from ["'](react|@tanstack\/react-query)["'];/gm) ?? [];
    for (const line of reactImports) {
      if (CLIENT_ONLY.test(line)) found.push(`${file} runs in a Server Component (reached by ${via.join(' → ')}) but imports ${line.match(CLIENT_ONLY)[0]}: give it 'use client'`);
    }
    for (const spec of imports) if (spec.startsWith('.')) walk(resolve(dirname(file), spec).replace(`${process.cwd()}/`, ''), [...via, file]);
  };
  walk(entry, []);
  const expected = ['FastpassProvider', 'FastpassQRCode', 'useFastpassQrcode'];
  for (const name of expected) {
    if (!clientModules.some((file) => file.endsWith(`/${name}.js`))) found.push(`${name} is not behind a 'use client' module of the main entry`);
  }
  console.log(`server side of ${entry}: ${seen.size - clientModules.length} modules; client boundaries: ${clientModules.length}`);
  return found;
}

/** The relative modules a built module imports, statically or not, resolved against the project. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(/(?:^(?:import|export) [^;]*?from |\bimport\()["']([^"']+)["']/gm)].map((m) => m[1]);
  return { code, specs, relative: specs.filter((spec) => spec.startsWith('.')).map((spec) => resolve(dirname(file), spec).replace(`${process.cwd()}/`, '')) };
}

/**
 * The testing entry's default (browser) build is bundled by Storybook, Vite and webpack for browsers:
 * nothing it reaches may import Node's modules or the real mock server.
 */
function checkBrowserSafeTesting(entry) {
  const found = [];
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { specs, relative } = importsOf(file);
    for (const spec of specs.filter((s) => s.startsWith('node:'))) found.push(`${file} (reached from ${entry}, the browser build) imports ${spec}`);
    if (file.endsWith('/createFastpassMockServer.js')) found.push(`${entry} (the browser build) reaches ${file}`);
    for (const next of relative) walk(next);
  };
  walk(entry);
  console.log(`browser build of the testing entry: ${seen.size} modules, none of them Node's`);
  return found;
}

/**
 * The server entry runs in Node 20, edge runtimes and workers: everything it reaches imports nothing but
 * its own modules and zod (no React, no TanStack, no msw, no `node:` module, no 'use client'), and touches
 * neither `process` nor `Buffer` nor `require`, which a worker lacks.
 */
function checkPortableServer(entry) {
  const found = [];
  const seen = new Set();
  const ALLOWED_PACKAGES = new Set(['zod', 'zod/mini']);
  const walk = (file, via) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { code, specs, relative } = importsOf(file);
    const reachedBy = [...via, file].join(' → ');
    if (/^["']use client["'];/.test(code)) found.push(`${reachedBy}: a 'use client' module in the server entry`);
    for (const spec of specs.filter((s) => !s.startsWith('.') && !ALLOWED_PACKAGES.has(s))) found.push(`${reachedBy} imports ${spec}: the server entry may import zod only`);
    const global = code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').match(/\b(process|Buffer|require)\b/);
    if (global) found.push(`${reachedBy} uses ${global[1]}, which edge runtimes lack`);
    for (const next of relative) walk(next, [...via, file]);
  };
  walk(entry, []);
  console.log(`server entry: ${seen.size} modules, none of them React's or Node's`);
  return found;
}

/**
 * `react-fastpass-qrcode/server` as a Node server imports it: the handler, in front of the mock Authing,
 * answers a same-origin page with a code, and refuses a cross-site one without asking Authing.
 */
function checkServerInNode() {
  const script = `
    const { createFastpassRequestHandler } = await import('react-fastpass-qrcode/server');
    const testing = await import('react-fastpass-qrcode/testing');
    const { url, mock, close } = await testing.createFastpassMockServer({ port: 0 });
    try {
      const handler = createFastpassRequestHandler({ appHost: url, appId: testing.FASTPASS_MOCK_APP_ID, getAccessToken: () => testing.FASTPASS_MOCK_ACCESS_TOKEN });
      const ask = (site) => handler(new Request('https://app.example.com/api/fastpass/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: '{}', headers: { 'sec-fetch-site': site } }));
      const code = await ask('same-origin');
      const body = await code.json();
      const refused = await ask('cross-site');
      if (code.status !== 200 || body.data.apiHost !== url || code.headers.get('cache-control') !== 'no-store') throw new Error('unexpected answer: ' + code.status + ' ' + JSON.stringify(body));
      if (refused.status !== 403 || mock.requests.length !== 1) throw new Error('a cross-site request was not refused: ' + refused.status);
      console.log('react-fastpass-qrcode/server in Node: a code through the handler, a cross-site request refused');
    } finally {
      await close();
    }
  `;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    return [];
  } catch (error) {
    return [`importing react-fastpass-qrcode/server in Node and answering through it failed: ${error.stderr || error.message}`];
  }
}

/** Every bin: in the tarball, executable there, and starting with a shebang. */
function checkBins(tarball) {
  const found = [];
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const listing = execFileSync('tar', ['-tvzf', tarball], { encoding: 'utf8' }).split('\n');
  for (const [name, target] of Object.entries(pkg.bin ?? {})) {
    const path = target.replace(/^\.\//, '');
    const line = listing.find((entry) => entry.endsWith(` package/${path}`));
    if (!line) {
      found.push(`bin ${name}: the tarball lacks ${path}`);
      continue;
    }
    if (!/^-rwx/.test(line)) found.push(`bin ${name}: ${path} is not executable in the tarball (${line.split(' ')[0]})`);
    if (!readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n')) found.push(`bin ${name}: ${path} does not start with #!/usr/bin/env node`);
    console.log(`bin ${name}: ${line.split(/\s+/)[0]} ${path}`);
  }
  return found;
}

/**
 * Node resolves `react-fastpass-qrcode/testing` through the `node` condition to the build with the real
 * server: start one from the package as a user would, ask it something, close it; and the bin answers --help.
 */
function checkNodeTesting() {
  const found = [];
  const script = `
    const testing = await import('react-fastpass-qrcode/testing');
    const { url, close } = await testing.createFastpassMockServer({ port: 0 });
    const response = await fetch(url + '/api/v3/gene-fastpass-qrcode-info', {
      method: 'POST', body: '{}',
      headers: { authorization: testing.FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': testing.FASTPASS_MOCK_APP_ID },
    });
    const body = await response.json();
    await close();
    if (body.statusCode !== 200 || body.data.apiHost !== url) throw new Error('unexpected answer: ' + JSON.stringify(body));
    console.log('react-fastpass-qrcode/testing in Node: createFastpassMockServer answered on ' + url);
  `;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    found.push(`importing react-fastpass-qrcode/testing in Node and starting its server failed: ${error.stderr || error.message}`);
  }
  try {
    const help = execFileSync(process.execPath, ['dist/bin/fastpass-mock.js', '--help'], { encoding: 'utf8' });
    if (!help.startsWith('Usage: fastpass-mock')) found.push('dist/bin/fastpass-mock.js --help printed no usage');
  } catch (error) {
    found.push(`dist/bin/fastpass-mock.js --help failed: ${error.message}`);
  }
  return found;
}
