import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { fastpassQrcodeQueryOptions } from 'react-fastpass-qrcode';
import { FastpassCard } from '../fastpass-card';
import { Nav } from '../nav';
import { readFastpassSession } from '../session';

/**
 * The personal center, prefetched in a Server Component: the server HTML already holds the QR code, and
 * the browser picks that code up without asking Authing again.
 */
export default async function AccountPage() {
  const { appHost, appId, accessToken } = await readFastpassSession();

  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(fastpassQrcodeQueryOptions({ appHost, appId, accessToken }));

  return (
    <main>
      <h1>个人中心</h1>
      <Nav />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FastpassCard appHost={appHost} appId={appId} accessToken={accessToken} />
      </HydrationBoundary>
    </main>
  );
}
