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
  for (const required of ['dist/index.js', 'dist/index.d.ts', 'dist/testing.js', 'dist/testing.d.ts', 'dist/styles.css', 'README.md']) {
    if (!paths.has(required)) problems.push(`the tarball lacks ${required}`);
  }
  for (const path of paths) {
    if (/^(src|test|stories|bench|\.storybook)\//.test(path)) problems.push(`the tarball ships ${path}`);
  }

  problems.push(...checkServerBoundary('dist/index.js'));

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
