/**
 * Why a request must be refused as coming from another site, or undefined when it may go on. The
 * algorithm is Go's `http.CrossOriginProtection` (Go 1.25, after Filippo Valsorda's "CSRF" write-up):
 *
 * 1. An `Origin` in `allowedOrigins` may call.
 * 2. Else `Sec-Fetch-Site` decides when the browser sent it (every current browser does): `same-origin`,
 *    and `none` (the user typed the address), may call; `cross-site` may not, nor `same-site`: the page
 *    is same-origin with this handler, and the client sends the session cookie only to its own origin
 *    (`credentials: 'same-origin'`), so a sibling subdomain has nothing legitimate to ask here.
 *    A page cannot forge `Sec-Fetch-Site`, and it is right even where a proxy rewrites `Host`.
 * 3. Else, with no `Origin` either, the request comes from no browser (curl, a server), which holds no
 *    victim's cookie, or from a same-origin GET of a browser older than Fetch Metadata: it may call.
 * 4. Else `Origin`'s host must be the request's own. Hosts, not origins: behind a TLS-terminating proxy
 *    the request's URL says `http:` while the page's origin says `https:`.
 *
 * Applied to every method, GET included: a status answer names who scanned the code, and even an answer
 * a cross-site page cannot read tells it, by its timing, that the victim has a session.
 */
export function crossOriginRefusal(request: Request, allowedOrigins: ReadonlySet<string>): string | undefined {
  const origin = request.headers.get('origin');
  if (origin !== null && allowedOrigins.has(origin)) return undefined;

  const site = request.headers.get('sec-fetch-site');
  if (site !== null) {
    return site === 'same-origin' || site === 'none' ? undefined : `a ${site} request (Sec-Fetch-Site)`;
  }
  if (origin === null) return undefined;
  return hostOf(origin) === new URL(request.url).host ? undefined : 'a request from another origin (Origin)';
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    // `Origin: null` (a sandboxed frame, a redirect across sites) names no host: never the request's own.
    return undefined;
  }
}

/**
 * `allowedOrigins` as a browser writes `Origin` (`https://app.example.com`, default port left out), so that
 * a plain string comparison is exact; anything that is not an http(s) origin is refused when the handler
 * is created, not silently never matched.
 */
export function normalizeAllowedOrigins(origins: readonly string[] | undefined): ReadonlySet<string> {
  const normalized = new Set<string>();
  for (const origin of origins ?? []) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
      throw new TypeError(
        `[react-fastpass-qrcode/server] createFastpassRequestHandler: allowedOrigins holds "${origin}", which is not an origin such as "https://app.example.com".`,
      );
    }
    normalized.add(url.origin);
  }
  return normalized;
}
