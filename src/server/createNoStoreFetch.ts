/**
 * A fetch that asks for `cache: 'no-store'`, where the runtime takes the field. Next.js 14 patches the
 * server's fetch and keeps GET answers in its Data Cache unless told not to: a status poll would read its
 * first PENDING for ever. Cloudflare Workers before their `cache_option_enabled` compatibility flag
 * (2024-11-11) throw a TypeError on the field instead ("The 'cache' field on 'RequestInitializerDict' is
 * not implemented."): there the request goes again without it, and so does every later one of this fetch.
 * The fetch itself (`fetch`, else the global one) is looked up at call time.
 */
export function createNoStoreFetch(fetchOption: typeof fetch | undefined): (url: URL, init: RequestInit) => Promise<Response> {
  let takesNoStore = true;
  return async (url, init) => {
    const doFetch = fetchOption ?? globalThis.fetch;
    if (takesNoStore) {
      try {
        return await doFetch(url, { ...init, cache: 'no-store' });
      } catch (error) {
        if (!(error instanceof TypeError && /\bcache\b/.test(error.message))) throw error;
        takesNoStore = false;
      }
    }
    return doFetch(url, init);
  };
}
