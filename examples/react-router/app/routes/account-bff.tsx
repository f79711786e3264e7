import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { createFastpassClient, FastpassProvider, FastpassQRCode, prefetchFastpassQrcode } from 'react-fastpass-qrcode';
import { AccountPage } from '../account/AccountPage';
import { saveDisplayNameAction } from '../account/saveDisplayNameAction.server';
import { FASTPASS_BFF_PATH, fastpassApp } from '../fastpassApp.server';
import { requireUser } from '../session.server';
import type { Route } from './+types/account-bff';

/**
 * The same page with the token kept on the server. The loader asks Authing itself, with a client that holds
 * the token, but files the code under the key the browser's provider uses (the resource route's path as
 * appHost, the user id as sessionKey), so the browser finds it. Nothing returned here holds the token.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const { appHost, appId } = fastpassApp();
  const queryClient = new QueryClient();
  await prefetchFastpassQrcode(queryClient, {
    request,
    appHost: FASTPASS_BFF_PATH,
    appId,
    sessionKey: user.id,
    // The server talks to Authing itself; the prefetch's 3 s deadline holds for this client too.
    client: createFastpassClient({ appHost, appId, getAccessToken: () => user.accessToken }),
  });
  return {
    fastpass: { appHost: FASTPASS_BFF_PATH, appId, sessionKey: user.id },
    displayName: user.displayName,
    dehydratedState: dehydrate(queryClient),
  };
}

export const action = ({ request }: Route.ActionArgs) => saveDisplayNameAction(request);

export default function AccountBff({ loaderData }: Route.ComponentProps) {
  const { fastpass, displayName, dehydratedState } = loaderData;
  return (
    <AccountPage displayName={displayName}>
      <HydrationBoundary state={dehydratedState}>
        {/* No accessToken, no getAccessToken: the requests go to the resource route with the session cookie only. */}
        <FastpassProvider appHost={fastpass.appHost} appId={fastpass.appId} sessionKey={fastpass.sessionKey} lang="zh-CN">
          <FastpassQRCode generate="on-mount" />
        </FastpassProvider>
      </HydrationBoundary>
    </AccountPage>
  );
}
