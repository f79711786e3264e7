// The consumer's account page without Fastpass: React, React DOM and TanStack Query, with one query of
// its own (a page that already uses react-query has useQuery in its bundle before our package arrives).
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Profile() {
  const profile = useQuery({ queryKey: ['me'], queryFn: () => fetch('/api/me').then((response) => response.json()) });
  return <p>{profile.data?.name ?? '…'}</p>;
}

export function mountAccountPage(security) {
  const queryClient = new QueryClient();
  createRoot(document.getElementById('root')).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <main>
          <h1>个人中心</h1>
          <Profile />
          <section>{security}</section>
        </main>
      </QueryClientProvider>
    </StrictMode>,
  );
}
