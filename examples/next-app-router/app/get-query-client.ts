import { QueryClient, environmentManager } from '@tanstack/react-query';

// TanStack Query's own Next.js App Router setup ("Advanced Server Rendering"): one client per request on
// the server, one for the life of the page in the browser.
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // With SSR, a default staleTime above 0 avoids refetching at once in the browser. The Fastpass
        // code's own options set staleTime: Infinity (a code is replaced on purpose, never as "stale").
        staleTime: 60 * 1000,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient() {
  if (environmentManager.isServer()) return makeQueryClient();
  // Not useState: React would throw the client away if the first render suspends with no boundary between.
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
