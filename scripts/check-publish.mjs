// `npm test`'s publish step: the package is ready for `npm publish`.
// 1. `npm publish --dry-run` says nothing about the manifest. npm quietly rewrites a manifest it finds wrong
//    ("npm auto-corrected some errors in your package.json… run `npm pkg fix`") and publishes the rewrite, so
//    every such warning fails here, before it reaches the registry.
// 2. Every relative link in the README points at a file that is in the tarball. The registry's page shows
//    the packed README.md, where a link to a file that is not packed (examples/, SECURITY.md, bench/) is dead.
//
// The README is read with marked's lexer (already in the tree through @arethetypeswrong/cli), not with a
// regular expression: links inside code spans and fences are not links, reference-style links and
// `<a href>`/`<img src>` in raw HTML are.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexer, walkTokens } from 'marked';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const README = 'README.md';

/**
 * npm's warnings that are not about the package: the login a real publish needs (a dry run cannot have one
 * in CI), and settings in the machine's npmrc that this npm does not know.
 */
const NOT_ABOUT_THE_PACKAGE = [/requires you to be logged in/, /^npm warn Unknown (env|user|project|global|builtin|cli) config/];

/** Runs the dry run; returns the tarball's file list and npm's warnings about the package. */
function publishDryRun() {
  const run = spawnSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' });
  const lines = run.stderr.split('\n');
  const warnings = lines.filter((line) => /^npm warn/i.test(line) && !NOT_ABOUT_THE_PACKAGE.some((pattern) => pattern.test(line)));
  const errors = lines.filter((line) => /^npm (error|ERR!)/i.test(line));
  if (run.status !== 0) return { files: [], warnings, errors: errors.length > 0 ? errors : [`npm publish --dry-run exited with ${run.status}`] };
  // --json prints one object keyed by package name (npm 11) around the same report `npm pack --json` gives.
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
  const [pack] = Object.values(report);
  return { files: pack.files.map((file) => file.path), warnings, errors };
}

/** Every link target in a Markdown text, with the line it sits on. */
function linksOf(markdown) {
  const links = [];
  const lineOf = (raw) => markdown.slice(0, Math.max(0, markdown.indexOf(raw))).split('\n').length;
  walkTokens(lexer(markdown), (token) => {
    if (token.type === 'link' || token.type === 'image') links.push({ target: token.href, raw: token.raw, line: lineOf(token.raw) });
    if (token.type === 'html') {
      for (const match of token.raw.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)) links.push({ target: match[1], raw: match[0], line: lineOf(token.raw) });
    }
  });
  return links;
}

/**
 * The file in the package a relative link means, or undefined for one that leaves the package (a URL with a
 * scheme, `//host`, `mailto:`) or stays on the page (`#section`).
 */
function packagePathOf(target) {
  if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) return undefined;
  const path = decodeURIComponent(target.replace(/[?#].*$/, ''));
  return posix.normalize(path.replace(/^\/+/, '')).replace(/\/$/, '');
}

function deadLinks(files) {
  const packed = new Set(files);
  const isPacked = (path) => path === '.' || packed.has(path) || files.some((file) => file.startsWith(`${path}/`));
  const markdown = readFileSync(`${REPO}${README}`, 'utf8');
  return linksOf(markdown)
    .map((link) => ({ ...link, path: packagePathOf(link.target) }))
    .filter((link) => link.path !== undefined && !isPacked(link.path));
}

const problems = [];
const { files, warnings, errors } = publishDryRun();
problems.push(...errors, ...warnings.map((warning) => `npm publish --dry-run: ${warning.replace(/^npm warn\s*/i, '')}`));
if (files.length > 0) {
  console.log(`npm publish --dry-run: ${files.length} files, ${warnings.length} warnings about the package`);
  if (!files.includes(README)) problems.push(`the tarball has no ${README}`);
  else {
    const dead = deadLinks(files);
    for (const link of dead) problems.push(`${README}:${link.line}: ${link.raw} → ${link.path} is not in the tarball (a dead link on the registry's page)`);
    if (dead.length === 0) console.log(`${README}: every relative link points into the tarball`);
  }
}

if (problems.length > 0) {
  console.error(`publish checks failed:\n- ${problems.join('\n- ')}`);
  if (warnings.length > 0) console.error('For the manifest: `npm pkg fix` rewrites package.json as npm would at publish time; review its diff.');
  process.exit(1);
}
console.log(`publish checks passed (${execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()})`);
