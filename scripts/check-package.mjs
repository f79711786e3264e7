// Checks the package as npm would publish it: packs a tarball, then runs publint and
// arethetypeswrong on it, and checks the promises the exports map makes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

  const index = readFileSync('dist/index.js', 'utf8');
  if (!/^["']use client["'];/.test(index)) problems.push("dist/index.js does not start with 'use client' (Next.js App Router needs it)");
  if (/from ["']msw/.test(index) || /testing/.test(index.match(/^import .*$/gm)?.join('\n') ?? '')) {
    problems.push('the main entry imports msw or the testing entry');
  }

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
