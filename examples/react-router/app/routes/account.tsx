import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { FastpassProvider, FastpassQRCode, prefetchFastpassQrcode } from 'react-fastpass-qrcode';
import { AccountPage } from '../account/AccountPage';
import { saveDisplayNameAction } from '../account/saveDisplayNameAction.server';
import { fastpassApp } from '../fastpassApp.server';
import { requireUser } from '../session.server';
import type { Route } from './+types/account';

/**
 * The loader recipe: prefetch the signed-in user's code into a QueryClient of this request and hand the
 * browser the dehydrated cache. The server HTML then holds the code and the browser asks Authing for none.
 * `request` lets the prefetch tell a document request from a revalidation (the tab links, the form), which
 * must not mint a second code for the one on screen.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const { appHost, appId } = fastpassApp();
  const queryClient = new QueryClient();
  await prefetchFastpassQrcode(queryClient, { request, appHost, appId, accessToken: user.accessToken });
  return {
    fastpass: { appHost, appId, accessToken: user.accessToken },
    displayName: user.displayName,
    dehydratedState: dehydrate(queryClient),
  };
}

export const action = ({ request }: Route.ActionArgs) => saveDisplayNameAction(request);

export default function Account({ loaderData }: Route.ComponentProps) {
  const { fastpass, displayName, dehydratedState } = loaderData;
  return (
    <AccountPage displayName={displayName}>
      <HydrationBoundary state={dehydratedState}>
        {/* The same appHost, appId and accessToken as the prefetch: the same query key. */}
        <FastpassProvider appHost={fastpass.appHost} appId={fastpass.appId} accessToken={fastpass.accessToken} lang="zh-CN">
          {/* Prefetch only with on-mount: an on-demand card mints when the person asks, never in the HTML. */}
          <FastpassQRCode generate="on-mount" />
        </FastpassProvider>
      </HydrationBoundary>
    </AccountPage>
  );
}
