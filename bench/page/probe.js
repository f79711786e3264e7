// Injected before any script of the page (playwright addInitScript) for the idle and leak benches: it counts live
// timers, listeners on window and document, and fetches in flight, so that what an unmount leaves
// behind can be seen. Plain browser JavaScript: it is not bundled.
(() => {
  const timers = new Map();
  const native = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    fetch: window.fetch.bind(window),
  };
  window.setTimeout = function setTimeout(handler, delay, ...args) {
    const id = native.setTimeout(
      function fire(...params) {
        timers.delete(id);
        if (typeof handler === 'function') return handler.apply(this, params);
      },
      delay,
      ...args,
    );
    timers.set(id, { kind: 'timeout', delay: Number(delay) || 0 });
    return id;
  };
  window.setInterval = function setInterval(handler, delay, ...args) {
    const id = native.setInterval(handler, delay, ...args);
    timers.set(id, { kind: 'interval', delay: Number(delay) || 0 });
    return id;
  };
  // Timeouts and intervals share one pool of ids: either clear function clears either.
  window.clearTimeout = function clearTimeout(id) {
    timers.delete(id);
    native.clearTimeout(id);
  };
  window.clearInterval = function clearInterval(id) {
    timers.delete(id);
    native.clearInterval(id);
  };

  // Listeners on the two global targets, deduplicated as the DOM does (type + listener + capture).
  const listeners = new Map();
  const keyOf = (target, type, options) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${target === window ? 'window' : 'document'}:${type}${capture ? ':capture' : ''}`;
  };
  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    if ((this === window || this === document) && listener && !(typeof options === 'object' && (options.once || options.signal))) {
      const key = keyOf(this, type, options);
      if (!listeners.has(key)) listeners.set(key, new Set());
      listeners.get(key).add(listener);
    }
    return native.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(type, listener, options) {
    if (this === window || this === document) listeners.get(keyOf(this, type, options))?.delete(listener);
    return native.remove.call(this, type, listener, options);
  };

  const probe = {
    timers,
    fetches: 0,
    fetchesInFlight: 0,
    /** Every fetch the page started: its URL, when it started and when it settled, on the page's clock (timeOrigin + now). */
    fetchLog: [],
    listenerCounts: () => Object.fromEntries([...listeners].filter(([, set]) => set.size > 0).map(([key, set]) => [key, set.size])),
  };
  window.fetch = function fetch(...args) {
    probe.fetches += 1;
    const input = args[0];
    const entry = { url: typeof input === 'string' ? input : (input?.url ?? String(input)), startedAt: performance.timeOrigin + performance.now(), settledAt: undefined };
    probe.fetchLog.push(entry);
    probe.fetchesInFlight += 1;
    return native.fetch(...args).finally(() => {
      probe.fetchesInFlight -= 1;
      entry.settledAt = performance.timeOrigin + performance.now();
    });
  };
  window.__benchProbe = probe;
})();
