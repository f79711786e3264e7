import type { QueryClient } from '@tanstack/react-query';
import { fastpassQrcodeQueryOptions, type FastpassQrcodeQueryConfig } from './fastpassQrcodeQueryOptions';

export interface PrefetchFastpassQrcodeConfig extends FastpassQrcodeQueryConfig {
  /**
   * The request being answered (a loader's `request`, or `{ headers: await headers() }` in a Next.js Server
   * Component). A code is minted only for a page the browser is loading as a document; a revalidation (a link that
   * changes search params, a form post, `router.refresh()`) fetches data for a page that already shows a live code,
   * and minting there would leave that code valid at Authing with nobody to see it. Without it, every call mints.
   */
  request?: { headers: Headers; url?: string } | undefined;
}

/**
 * Whether a request loads a document (a navigation), as opposed to fetching data for a page already on screen.
 * Browsers say so in `Sec-Fetch-Mode` / `Sec-Fetch-Dest`, and both React Router's loaders and Next.js's `headers()`
 * pass them on; that is what the check rests on. A request without them (an old browser, curl, `node:http`) counts as
 * a document unless it names a framework data request: a Next.js Server Action (`Next-Action`; Next hides its `RSC`
 * header from `headers()`, but not from a raw request), or React Router's `.data` URL where the raw URL reaches the
 * loader. Node's own `fetch` sends `Sec-Fetch-Mode: cors`, so a page fetched with it counts as data.
 */
export function isDocumentRequest({ headers, url }: { headers: Headers; url?: string }): boolean {
  if (url !== undefined && new URL(url, 'http://localhost').pathname.endsWith('.data')) return false;
  if (headers.has('next-action')) return false;
  const mode = headers.get('sec-fetch-mode');
  if (mode !== null) return mode === 'navigate';
  const dest = headers.get('sec-fetch-dest');
  if (dest !== null) return dest === 'document' || dest === 'iframe';
  return headers.get('rsc') === null;
}

/**
 * Prefetches the signed-in user's code into `queryClient` for server rendering (a route loader, a Server
 * Component), with TanStack Query's server defaults (no retry, no gc timer, and 3 s at most unless `timeoutMs` says
 * otherwise, with a given `client` too): the server HTML then holds the code and the browser asks Authing for nothing until it is scanned.
 * Only for `generate: 'on-mount'` (the default): an on-demand card mints when the person asks, never in the HTML.
 * A revalidation of a page already on screen (see `request`) mints nothing. A failure does not throw: the page
 * renders `loading` and the browser asks once.
 */
export async function prefetchFastpassQrcode(queryClient: QueryClient, { request, ...config }: PrefetchFastpassQrcodeConfig): Promise<void> {
  if (request && !isDocumentRequest(request)) return;
  await queryClient.prefetchQuery(fastpassQrcodeQueryOptions(config));
}
