import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { FastpassProvider, FastpassQRCode } from 'react-fastpass-qrcode';
import 'react-fastpass-qrcode/styles.css';

export interface AccountPageProps {
  /** Your Authing application's host, e.g. `https://your-app.authing.cn`. */
  appHost: string;
  appId: string;
  /** The signed-in user's access token; `null` when nobody is signed in. */
  accessToken: string | null;
}

/** The page under test: an account page with the Fastpass card, minted on demand. */
export function AccountPage({ appHost, appId, accessToken }: AccountPageProps) {
  // One client per mounted page: every render in a test starts with an empty cache.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={appHost} appId={appId} accessToken={accessToken} lang="en-US">
        <main>
          <h1>Your account</h1>
          <FastpassQRCode generate="on-demand" />
        </main>
      </FastpassProvider>
    </QueryClientProvider>
  );
}
