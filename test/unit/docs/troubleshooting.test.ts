// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The Troubleshooting page (docs/troubleshooting.mdx) is where someone lands with a console message or an error kind
// in hand: every warning the library can print, and every kind of FastpassError, must be there. A new warning, a
// reworded one or a new kind in src/ fails this test until the page says what it means and what to do.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const page = readFileSync(join(root, 'docs/troubleshooting.mdx'), 'utf8');

/** Text as a reader sees it, to compare with a message: no blockquote markers, MDX brace escapes or backticks. */
function readable(text: string): string {
  return text
    .replace(/\n>\s?/g, ' ')
    .replace(/\\([{}])/g, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ');
}
const pageText = readable(page);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The string literals of a call's arguments, from `start` (just after its opening parenthesis) to its closing one,
 * each template literal cut at its `${…}` holes: the fixed words of the message the call prints.
 */
function literalPieces(source: string, start: number): string[] {
  const pieces: string[] = [];
  let depth = 1;
  let i = start;
  while (i < source.length && depth > 0) {
    const char = source[i]!;
    if (char === "'" || char === '"') {
      const end = source.indexOf(char, i + 1);
      pieces.push(source.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (char === '`') {
      let piece = '';
      i += 1;
      while (source[i] !== '`') {
        if (source[i] === '$' && source[i + 1] === '{') {
          pieces.push(piece);
          piece = '';
          let holes = 1;
          i += 2;
          while (holes > 0) {
            if (source[i] === '{') holes += 1;
            if (source[i] === '}') holes -= 1;
            i += 1;
          }
          continue;
        }
        piece += source[i];
        i += 1;
      }
      pieces.push(piece);
      i += 1;
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    i += 1;
  }
  return pieces;
}

/** Every `console.warn`/`console.error` in src/ that prints a message of this library, with the fixed words of it. */
const warnings = sourceFiles(join(root, 'src')).flatMap((file) => {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/console\.(warn|error)\(/g)]
    .map((match) => ({
      where: `${relative(root, file)}:${source.slice(0, match.index).split('\n').length}`,
      pieces: literalPieces(source, match.index + match[0].length),
    }))
    .filter(({ pieces }) => pieces.some((piece) => piece.includes('[react-fastpass-qrcode')));
});

/** A piece worth finding on the page: three words or more (a lone `" on bgColor "` says nothing). */
const distinctive = (piece: string) => (piece.match(/[A-Za-z]{2,}/g) ?? []).length >= 3;

/** The kinds of `FastpassError`, as src/api/errors.ts declares them. */
const errors = readFileSync(join(root, 'src/api/errors.ts'), 'utf8');
const kinds = [...(/export type FastpassErrorKind =([^;]+);/.exec(errors)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]!);

describe('given the Troubleshooting page', () => {
  it('should find the warnings and the error kinds in src/', () => {
    // The scan must see what it checks: the four development warnings and the mock's two error logs at least.
    expect(warnings.length).toBeGreaterThanOrEqual(6);
    expect(kinds.length).toBeGreaterThanOrEqual(6);
  });

  it.each(warnings.map((warning) => [warning.where, warning] as const))('should quote the message printed at %s', (_where, { pieces }) => {
    const wanted = pieces.map((piece) => readable(piece).trim()).filter(distinctive);
    expect(wanted.length).toBeGreaterThan(0);
    const missing = wanted.filter((piece) => !pageText.includes(piece));
    expect(missing, 'words of this message that docs/troubleshooting.mdx does not quote').toEqual([]);
  });

  it.each(kinds)('should explain the error kind %s under a heading or in code', (kind) => {
    const heading = new RegExp(`^#{2,4} .*\\b${kind}\\b`, 'm').test(page);
    expect(heading || page.includes(`\`${kind}\``)).toBe(true);
  });
});
