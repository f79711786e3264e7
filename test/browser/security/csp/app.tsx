// The pages that the Content-Security-Policy test serves, rendered on the server (server.tsx) and hydrated in the
// browser (client.tsx): the themed card as the issue reported it, an unstyled card, and the docs' custom UI.
import { HydrationBoundary, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FastpassProvider, FastpassQRCode } from '../../../../src';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID } from '../../../../src/testing';
import { MyFastpass } from '../../../utils/MyFastpass';

export interface CspPageProps {
  page: 'cards' | 'custom';
  appHost: string;
  nonce?: string | undefined;
  state?: DehydratedState | undefined;
}

/** What the reporter gave the card, and what the test expects to see. */
export const THEMED = { size: 180, accentColor: '#7c3aed', radius: 12, theme: { background: '#111827', fontFamily: 'Georgia, serif' } } as const;

/** Marks the page hydrated (effects run once hydration has committed), for the test to wait on. */
function Hydrated() {
  useEffect(() => {
    document.body.dataset.hydrated = 'true';
  }, []);
  return null;
}

export function CspPage({ page, appHost, nonce, state }: CspPageProps) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        <FastpassProvider appHost={appHost} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} lang="en" nonce={nonce}>
          {page === 'cards' ? (
            <>
              <FastpassQRCode id="themed" colorScheme="dark" {...THEMED} />
              <FastpassQRCode id="unstyled" unstyled size={180} />
            </>
          ) : (
            <>
              <section id="custom">
                <MyFastpass />
              </section>
              <FastpassQRCode id="unstyled-idle" unstyled size={180} generate="on-demand" />
            </>
          )}
          <Hydrated />
        </FastpassProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
