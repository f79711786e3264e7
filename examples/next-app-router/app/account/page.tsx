import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { headers } from 'next/headers';
import { prefetchFastpassQrcode } from 'react-fastpass-qrcode';
import { FastpassCard } from '../fastpass-card';
import { Nav } from '../nav';
import { readFastpassSession } from '../session';
import { revalidateAccount } from './revalidate-account';
import { RefreshButton } from './refresh-button';

/**
 * The personal center, prefetched in a Server Component: the server HTML already holds the QR code, and
 * the browser picks that code up without asking Authing again. When the page is rendered again on the server
 * for a page already on screen (`router.refresh()`, a Server Action that revalidates it, a client-side
 * navigation), the prefetch mints nothing: the card keeps the code it shows.
 */
export default async function AccountPage() {
  const { appHost, appId, accessToken } = await readFastpassSession();

  const queryClient = new QueryClient();
  await prefetchFastpassQrcode(queryClient, { request: { headers: await headers() }, appHost, appId, accessToken });

  return (
    <main>
      <h1>个人中心</h1>
      <Nav />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FastpassCard appHost={appHost} appId={appId} accessToken={accessToken} />
      </HydrationBoundary>
      <p>
        Rendered on the server at <time>{new Date().toISOString()}</time>
      </p>
      <RefreshButton />
      <form action={revalidateAccount}>
        <button type="submit">Server Action: revalidatePath(&apos;/account&apos;)</button>
      </form>
    </main>
  );
}
