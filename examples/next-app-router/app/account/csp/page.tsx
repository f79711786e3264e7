import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { headers } from 'next/headers';
import { prefetchFastpassQrcode } from 'react-fastpass-qrcode';
import { readFastpassSession } from '../../session';
import { CspCard } from './csp-card';

/**
 * The personal center under a nonce-based Content-Security-Policy (proxy.ts): no inline style is allowed but those
 * carrying the request's nonce, which the page hands to the provider so that the card's theme is in the server HTML.
 */
export default async function CspAccountPage() {
  const { appHost, appId, accessToken } = await readFastpassSession();
  const requestHeaders = await headers();
  const nonce = requestHeaders.get('x-nonce') ?? undefined;
  const queryClient = new QueryClient();
  await prefetchFastpassQrcode(queryClient, { request: { headers: requestHeaders }, appHost, appId, accessToken });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CspCard appHost={appHost} appId={appId} accessToken={accessToken} nonce={nonce} />
    </HydrationBoundary>
  );
}
