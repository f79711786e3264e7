// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The documentation site (docs/*.mdx in Storybook) shows code only as files that `npm test` compiles or runs: snippets
// under docs/snippets (the typecheck step compiles them; the quick start also runs in Chromium), the examples' own files
// (built and run end to end on the packed tarball) and their setup scripts. A page quotes them through `?raw` imports,
// so a snippet cannot drift from the file; these checks keep it that way, and keep every page's install lines complete.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const docsDir = join(root, 'docs');
const pages = readdirSync(docsDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, path: join(docsDir, name), text: readFileSync(join(docsDir, name), 'utf8') }));

/** The pages' order in the sidebar (`storySort` in .storybook/preview.ts), which is also the list of pages. */
const preview = readFileSync(join(root, '.storybook/preview.ts'), 'utf8');
const order = [...preview.slice(preview.indexOf("'Docs',"), preview.indexOf("'FastpassQRCode',")).matchAll(/'([^']+)'/g)].map((match) => match[1]!).slice(1);

/** Where a quoted file may live: somewhere `npm test` compiles or runs it. */
const QUOTABLE = ['docs/snippets/', 'docs/setup/', 'examples/', 'test/utils/'];
/** Packages a page may import without an install line: the React app's own. */
const THE_APPS_OWN = new Set(['react', 'react-dom']);

const titleOf = (text: string) => /<Meta\s+title="Docs\/([^"]+)"\s*\/>/.exec(text)?.[1];
const rawImports = (page: { path: string; text: string }) =>
  [...page.text.matchAll(/^import\s+\w+\s+from\s+'([^']+)\?raw';$/gm)].map((match) => resolve(dirname(page.path), match[1]!));
const fences = (text: string) => [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1]!, body: match[2]! }));

/** The package a bare import specifier names (`@scope/name/sub` → `@scope/name`), or undefined for a relative or built-in one. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return builtinModules.includes(name) ? undefined : name;
}
const importsOf = (code: string) =>
  [...code.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? match[2]!);

/** The packages `npm install`/`npm i` lines name (without versions or flags), in a shell text. */
function installed(shell: string): Set<string> {
  const names = new Set<string>();
  for (const line of shell.replace(/\\\n/g, ' ').split('\n')) {
    const command = /^\s*npm\s+(?:install|i|add)\b(.*)$/.exec(line.replace(/#.*$/, ''));
    if (!command) continue;
    for (const word of command[1]!.trim().split(/\s+/)) {
      if (!word || word.startsWith('-')) continue;
      names.add(word.startsWith('@') ? `@${word.slice(1).split('@')[0]}` : word.split('@')[0]!);
    }
  }
  return names;
}

describe('given the documentation pages', () => {
  it('should have one page per entry of the sidebar order, and an entry per page', () => {
    expect(order.length).toBeGreaterThanOrEqual(14);
    expect(pages.map((page) => titleOf(page.text)).sort()).toEqual([...order].sort());
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s should show code only as files npm test compiles or runs', (_name, page) => {
    // A fenced block is for shell commands only; code is a quoted file.
    for (const { lang, body } of fences(page.text)) {
      expect(lang, `a \`\`\`${lang} block in ${page.name}: quote a file from docs/snippets or examples/ through ?raw and <Source>`).toBe('sh');
      for (const line of body.split('\n').filter((text) => text.trim() && !text.trim().startsWith('#'))) {
        expect(line, `not a command a newcomer runs, in ${page.name}`).toMatch(/^(npm|npx|cd|node) /);
      }
    }
    for (const file of rawImports(page)) {
      expect(existsSync(file), `${page.name} quotes ${relative(root, file)}, which does not exist`).toBe(true);
      const where = relative(root, file);
      expect(QUOTABLE.some((prefix) => where.startsWith(prefix)) && !where.includes('node_modules'), `${page.name} quotes ${where}, which npm test neither compiles nor runs`).toBe(true);
    }
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s should name in an install line every package its snippets import', (_name, page) => {
    const files = rawImports(page);
    const shell = [...fences(page.text).map((fence) => fence.body), ...files.filter((file) => file.endsWith('.sh')).map((file) => readFileSync(file, 'utf8'))].join('\n');
    const named = installed(shell);
    const imported = new Set(
      files
        .filter((file) => /\.(m?[jt]sx?)$/.test(file))
        .flatMap((file) => importsOf(readFileSync(file, 'utf8')))
        .map(packageOf)
        .filter((name): name is string => name !== undefined),
    );
    const missing = [...imported].filter((name) => !named.has(name) && !THE_APPS_OWN.has(name));
    expect(missing, `${page.name} shows code importing these, but none of its install lines names them`).toEqual([]);
  });

  it('should link only to pages that exist', () => {
    const ids = new Set(order.map((title) => `docs-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}--docs`));
    let links = 0;
    for (const page of pages) {
      for (const [, id] of page.text.matchAll(/\?path=\/docs\/([\w-]+)/g)) {
        links += 1;
        expect(ids.has(id!), `${page.name} links to ?path=/docs/${id}, which is no page`).toBe(true);
      }
    }
    // The pattern still finds the links the pages have.
    expect(links).toBeGreaterThan(20);
  });
});
