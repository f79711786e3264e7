// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as api from '../../../src';

// The README is the short start a user reads on the registry and on GitHub; the documentation site (docs/*.mdx) is the
// rest. What they show must be what the library is.
const at = (path: string) => new URL(`../../../${path}`, import.meta.url);
const readme = readFileSync(at('README.md'), 'utf8');
const docsPages = readdirSync(at('docs')).filter((name) => name.endsWith('.mdx'));
/** Everything the docs site shows: its pages and the snippets they quote. */
const docsSite = [
  ...docsPages.map((name) => readFileSync(at(`docs/${name}`), 'utf8')),
  ...readdirSync(at('docs/snippets'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.[jt]sx?$/.test(name))
    .map((name) => readFileSync(at(`docs/snippets/${name}`), 'utf8')),
].join('\n');
const RAW = 'https://raw.githubusercontent.com/react-fastpass-qrcode/react-fastpass-qrcode/main/';

describe('given the README', () => {
  it('should be a short start: at most 250 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('should quote the quick start the browser test runs, word for word', () => {
    const quickStart = readFileSync(at('docs/snippets/quick-start/main.tsx'), 'utf8');
    expect(readme).toContain(`\`\`\`tsx\n${quickStart}\`\`\``);
  });

  it('should install everything the quick start imports', () => {
    const install = readme.split('\n').find((line) => line.startsWith('npm install react-fastpass-qrcode'));
    expect(install).toBe('npm install react-fastpass-qrcode @tanstack/react-query');
  });

  it('should show pictures that are the visual baselines of a story, light and dark', () => {
    const pictures = [...readme.matchAll(/<img [^>]*src="([^"]+)"/g)].map((match) => match[1]!);
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) {
      expect(picture.startsWith(RAW)).toBe(true);
      const path = picture.slice(RAW.length);
      expect(path).toMatch(/^stories\/__baselines__\/.+-chromium-linux\.png$/);
      expect(existsSync(at(path)), `${path} is no baseline`).toBe(true);
    }
    expect(pictures.some((picture) => picture.includes('-dark-'))).toBe(true);
  });

  it('should map every page of the docs site to its source', () => {
    for (const name of docsPages) expect(readme).toContain(`docs/${name}`);
  });

  it('should show the two commands that set up a clone, under "Developing this library"', () => {
    const developing = readme.slice(readme.indexOf('## Developing this library'));
    expect(developing).toContain('npm ci && npm start');
    expect(developing).toContain('npm ci && npm test');
  });
});

describe('given the documentation site', () => {
  it('should document every runtime export of the main entry', () => {
    // Named in code: `name`, `name(…)` or `<Name …>`, on a page or in a snippet it quotes.
    const undocumented = Object.keys(api).filter((name) => !new RegExp(`(\`${name}[\`(]|<${name}[\\s>/]|\\b${name}\\()`).test(docsSite));
    expect(undocumented).toEqual([]);
  });

  it('should pin msw 2 in every install line that names msw, here and in the README', () => {
    const setups = existsSync(at('docs/setup')) ? readdirSync(at('docs/setup')).map((name) => readFileSync(at(`docs/setup/${name}`), 'utf8')) : [];
    const text = [readme, docsSite, ...setups].join('\n');
    // A command continued over lines (`\` at the end) is one command.
    const installs = text.replace(/\\\n/g, ' ').split('\n').filter((line) => /\bnpm (install|i)\b/.test(line) && /\bmsw\b/.test(line));
    expect(installs.length).toBeGreaterThan(0);
    for (const line of installs) expect(line).toMatch(/\bmsw@2\b/);
  });
});
