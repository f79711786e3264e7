import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { headers } from 'next/headers';
import { prefetchFastpassQrcode } from 'react-fastpass-qrcode';
import { FastpassCard } from '../fastpass-card';
import { readFastpassSession } from '../session';
import { RerenderControls } from './rerender-controls';

/**
 * The personal center, prefetched in a Server Component: the server HTML already holds the QR code, and the
 * browser picks that code up without asking Authing again. A render for a page already on screen (`router.refresh()`,
 * a Server Action that revalidates it, a client-side navigation) mints nothing: the card keeps its code.
 */
export default async function AccountPage() {
  const { appHost, appId, accessToken } = await readFastpassSession();
  const queryClient = new QueryClient();
  await prefetchFastpassQrcode(queryClient, { request: { headers: await headers() }, appHost, appId, accessToken });
  return (
    <>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FastpassCard appHost={appHost} appId={appId} accessToken={accessToken} />
      </HydrationBoundary>
      <RerenderControls />
    </>
  );
}
