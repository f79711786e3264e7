import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { FastpassProvider, FastpassQRCode } from 'react-fastpass-qrcode';
import 'react-fastpass-qrcode/styles.css';

export interface AccountPageProps {
  /** Your Authing application's host, e.g. `https://example.authing.cn`. */
  appHost: string;
  /** Your Authing application's id. */
  appId: string;
  /** The signed-in user's access token, from your session; `null` when nobody is signed in. */
  accessToken: string | null;
}

/** A personal center with the user's Fastpass QR code, as an app would write it. */
export function AccountPage({ appHost, appId, accessToken }: AccountPageProps) {
  // One client per mounted page, as TanStack Query advises: every render in a test starts with an empty cache.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={appHost} appId={appId} accessToken={accessToken} lang="en-US">
        <main>
          <h1>Your account</h1>
          <section aria-labelledby="fastpass-heading">
            <h2 id="fastpass-heading">Sign in on your phone</h2>
            <FastpassQRCode />
          </section>
        </main>
      </FastpassProvider>
    </QueryClientProvider>
  );
}
