// `npm test`: every check CI runs, with the time each takes. Every step runs even when an earlier one failed,
// so one run shows everything that is wrong; the exit code is 1 if any failed.
//
// The steps run one after another, except the examples: they start as soon as the library is built and run beside
// the rest, their output held back and printed whole when they end. Most of their time is spent waiting on real
// polls in Chromium (a code is scanned, confirmed, refreshed), time the unit and browser tests use. The run waits for
// them before its summary. Every check must hold on a busy machine, and this is one.
import { spawn, spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

// npm puts node_modules/.bin on PATH for `npm test`; do the same when this runs as `node scripts/check.mjs`.
const bin = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, FORCE_COLOR: process.env.CI ? '0' : '1' };

/** [name, command, options]: `beside` starts the step in the background and goes on with the next one. */
const STEPS = [
  ['browser and the visual baselines’ fonts available', 'node scripts/chromium.mjs'],
  // Also the type tests (test/types/*.test-d.ts): a failed expectTypeOf is a type error here.
  ['typecheck', 'tsc --noEmit -p tsconfig.json'],
  ['lint', 'eslint . --max-warnings 0'],
  ['library build', 'vite build'],
  ['examples: the packed tarball in Next.js, React Router, Vite + antd (Chromium), Jest and Vitest (jsdom)', 'node scripts/examples.mjs', { beside: true }],
  ['API report (etc/*.api.md) and the main entry’s export cap', 'node scripts/check-api.mjs'],
  ['React 18 for its test project', 'npm ci --prefix test/react18 --no-audit --no-fund --loglevel=error'],
  ['unit tests (jsdom, node; React 19 and 18)', 'vitest run --project unit --project unit-react18 --maxWorkers=2'],
  ['browser, story and visual tests (Chromium)', 'vitest run --project browser --project storybook'],
  ['static Storybook from a sub-path (Chromium)', 'node scripts/check-storybook-static.mjs'],
  ['package checks', 'node scripts/check-package.mjs'],
  ['ready to publish: npm publish --dry-run, README links into the tarball', 'node scripts/check-publish.mjs'],
  ['bundle budgets', 'node bench/bundle.mjs --emit .bundle-sizes && size-limit'],
];

// Words pick the steps whose names hold them (the package.json scripts run single steps this way). A word
// that names no step is a mistake, not an empty run that passes.
const only = process.argv.slice(2);
const unknown = only.filter((word) => !STEPS.some(([name]) => name.includes(word)));
if (unknown.length > 0) {
  console.error(`check: no step is named with ${unknown.map((word) => `"${word}"`).join(', ')}. Steps:\n${STEPS.map(([name]) => `  ${name}`).join('\n')}`);
  process.exit(2);
}
const runStarted = performance.now();
const results = [];
/** Steps started `beside`: each resolves when its command has ended and its output has been printed. */
const besides = [];

/** Runs `command` with its output held back, then prints it whole under the step's name. */
function runBeside(name, command) {
  const started = performance.now();
  const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      console.log(`\n━━ ${name} (ran beside the steps above, ${seconds.toFixed(1)} s): ${command}`);
      process.stdout.write(Buffer.concat(output));
      resolve({ name, ok: code === 0, seconds });
    });
  });
}

for (const [name, command, options] of STEPS) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  if (options?.beside) {
    console.log(`\n━━ ${name}: started, running beside the next steps; its output follows when it ends`);
    besides.push(runBeside(name, command));
    continue;
  }
  console.log(`\n━━ ${name}: ${command}`);
  const started = performance.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit', env });
  results.push({ name, ok: status === 0, seconds: (performance.now() - started) / 1000 });
}
results.push(...(await Promise.all(besides)));

console.log('\n━━ summary');
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`total ${((performance.now() - runStarted) / 1000).toFixed(1)} s (the steps' own times add up to ${results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1)} s: the examples ran beside the others)`);
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
