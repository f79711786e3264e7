import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';
import 'react-fastpass-qrcode/styles.css';
import './app.css';
import type { Route } from './+types/root';

export const meta: Route.MetaFunction = () => [{ title: '个人中心 · react-fastpass-qrcode on React Router' }];

export const links: Route.LinksFunction = () => [{ rel: 'icon', href: '/icon.svg', type: 'image/svg+xml' }];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  // TanStack Query's server rendering setup: the root renders once per request on the server, so each
  // request gets its own client; in the browser this one lives as long as the page.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // With server rendering, a staleTime above 0 keeps the browser from refetching what the loaders
        // prefetched. (The Fastpass code sets its own: it is replaced on purpose, never as "stale".)
        defaultOptions: { queries: { staleTime: 60 * 1000 } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <Outlet />
    </QueryClientProvider>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : 'Something went wrong.';
  return (
    <main>
      <h1>{message}</h1>
    </main>
  );
}
