import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { headers } from 'next/headers';
import { createFastpassClient, prefetchFastpassQrcode } from 'react-fastpass-qrcode';
import { FastpassCard } from '../../fastpass-card';
import { readFastpassApp, readSignedInSession } from '../../session';

/**
 * The personal center behind a backend for frontend: the browser asks this app's `/api/fastpass`
 * (app/api/fastpass/[...path]/route.ts), which asks Authing with the token from the session cookie, so the token
 * never reaches the browser. The server prefetches with a client of its own that asks Authing directly, keyed as
 * the browser's provider keys it (`appHost: '/api/fastpass'` and the session's user id).
 */
export default async function BffAccountPage() {
  const session = await readSignedInSession();
  if (!session) {
    return (
      <form method="post" action="/sign-in">
        <button type="submit">登录</button>
      </form>
    );
  }

  const { appHost, appId } = readFastpassApp();
  const queryClient = new QueryClient();
  await prefetchFastpassQrcode(queryClient, {
    request: { headers: await headers() },
    appHost: '/api/fastpass',
    appId,
    sessionKey: session.user.id,
    client: createFastpassClient({ appHost, appId, getAccessToken: () => session.accessToken }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <FastpassCard appHost="/api/fastpass" appId={appId} sessionKey={session.user.id} />
    </HydrationBoundary>
  );
}
