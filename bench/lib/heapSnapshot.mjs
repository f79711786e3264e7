// A heap snapshot over CDP, summed by what V8 calls each node's type, so that the page's own objects
// can be told apart from compiled code and from Blink's C++ objects.

/**
 * The snapshot's node types that are the page's JavaScript objects. Left out: `code` (bytecode,
 * optimized code and their metadata, which grow while the JIT warms up) and `native` (Blink's C++
 * objects: the DOM, counted on its own, and what DevTools and the service worker's channels keep).
 */
export const JS_OBJECT_TYPES = [
  'object', 'closure', 'array', 'string', 'concatenated string', 'sliced string', 'number', 'regexp',
  'symbol', 'bigint', 'object shape', 'hidden',
];

/** Collects garbage, takes a snapshot, and returns `{ byType, byName }`: count and self size of each. */
export async function takeHeapSummary(cdp) {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const byType = {};
  const byName = {};
  const add = (table, key, size) => {
    const entry = (table[key] ??= { count: 0, size: 0 });
    entry.count += 1;
    entry.size += size;
  };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const size = snapshot.nodes[i + sizeAt];
    add(byType, type, size);
    add(byName, `${type}: ${String(snapshot.strings[snapshot.nodes[i + nameAt]]).slice(0, 80)}`, size);
  }
  return { byType, byName };
}

/** Count and size of the page's JavaScript objects in a summary. */
export function jsObjects(summary) {
  return JS_OBJECT_TYPES.reduce(
    (sum, type) => ({ count: sum.count + (summary.byType[type]?.count ?? 0), size: sum.size + (summary.byType[type]?.size ?? 0) }),
    { count: 0, size: 0 },
  );
}

/** The entries that grew the most between two summaries, by self size. */
export function topGrowth(before, after, table, limit) {
  return Object.keys({ ...before[table], ...after[table] })
    .map((key) => {
      const a = before[table][key] ?? { count: 0, size: 0 };
      const b = after[table][key] ?? { count: 0, size: 0 };
      return { key, count: b.count - a.count, size: b.size - a.size, before: a, after: b };
    })
    .sort((x, y) => y.size - x.size)
    .slice(0, limit);
}
