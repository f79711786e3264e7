// Who weighs what inside one minified chunk: every byte of it is given to the module it came from, by the
// chunk's source map (read with @jridgewell/trace-mapping, which Vite and Babel already bring).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';

/** Bytes the map gives to no module: the bundler's own glue (wrappers, `export {…}`, the chunk's imports). */
export const NO_SOURCE = '(no source: bundler glue)';

const gzipLength = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/**
 * Cuts `code` into runs of text, each with the source it maps to: a mapping segment covers its line from
 * its column up to the next segment's. Columns count UTF-16 units, as JavaScript strings do, so the CJK
 * label text is cut where the map says and measured in UTF-8 bytes afterwards. A line's newline goes with
 * its last run.
 */
function pieces(code, map, mapPath, nameOf) {
  const trace = new TraceMap(map, mapPath);
  const lines = decodedMappings(trace);
  const sources = trace.resolvedSources.map((source) => (source === null ? NO_SOURCE : nameOf(source)));
  const out = [];
  code.split('\n').forEach((line, index, all) => {
    const segments = lines[index] ?? [];
    const newline = index < all.length - 1 ? '\n' : '';
    let at = 0;
    let source = NO_SOURCE;
    for (const segment of segments) {
      if (segment[0] > at) out.push({ source, text: line.slice(at, segment[0]) });
      at = Math.max(at, segment[0]);
      source = segment.length >= 4 ? sources[segment[1]] : NO_SOURCE;
    }
    out.push({ source, text: line.slice(at) + newline });
  });
  return out.filter((piece) => piece.text.length > 0);
}

/**
 * Each module's share of a chunk: its minified bytes, and its marginal gzip (gzip of the chunk minus gzip of
 * the chunk without that module's text), heaviest first. Marginal figures do not add up to the chunk's gzip:
 * what modules share (React's names, the same idioms) compresses against each other, and is counted for
 * none of them. The chunk without a module is not valid JavaScript; only its size is read.
 * `mapPath` is where the map lies (its sources are resolved against it); `nameOf` turns a resolved source
 * into the name shown.
 */
export function breakDownChunk(code, map, { mapPath, nameOf = (source) => source } = {}) {
  const all = pieces(code, map, mapPath, nameOf);
  const gzip = gzipLength(code);
  const bytesOf = new Map();
  for (const { source, text } of all) bytesOf.set(source, (bytesOf.get(source) ?? 0) + Buffer.byteLength(text, 'utf8'));
  const modules = [...bytesOf].map(([module, min]) => ({
    module,
    min,
    marginalGzip: gzip - gzipLength(all.filter((piece) => piece.source !== module).map((piece) => piece.text).join('')),
  }));
  modules.sort((a, b) => b.marginalGzip - a.marginalGzip || b.min - a.min);
  return {
    total: { min: Buffer.byteLength(code, 'utf8'), gzip },
    marginalSum: modules.reduce((sum, m) => sum + m.marginalGzip, 0),
    modules,
  };
}

/** A map's source, as a path relative to `root` (`dist/query/session.js`), whatever form the bundler wrote it in. */
export function relativeTo(root) {
  return (source) => relative(root, source.startsWith('file://') ? fileURLToPath(source) : source).split('\\').join('/');
}
