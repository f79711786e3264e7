import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { FastpassQRCode } from '../../src/components/FastpassQRCode/FastpassQRCode';
import { FastpassProvider, type FastpassProviderProps } from '../../src/react/FastpassProvider';
import { useFastpassQrcode } from '../../src/react/useFastpassQrcode';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../src/testing';

/** A fresh QueryClient per test, as TanStack's own tests do. */
export function createTestQueryClient() {
  return new QueryClient();
}

export type WrapperProps = Partial<Omit<FastpassProviderProps, 'children'>>;

/** A whole page as a user writes it: the card under both providers, in English, on the mock's defaults. */
export function MockAuthingPage({ queryClient, accessToken = FASTPASS_MOCK_ACCESS_TOKEN }: { queryClient: QueryClient; accessToken?: string | null }) {
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={accessToken} lang="en-US">
        <FastpassQRCode />
      </FastpassProvider>
    </QueryClientProvider>
  );
}

/** Shows whose code is on screen, the way a page would. */
export function WhoseCode() {
  const fastpass = useFastpassQrcode();
  return <p>{fastpass.identity ? `code of ${fastpass.identity.user.displayName}: ${fastpass.state}` : fastpass.state}</p>;
}

/** A page that shows whose code it has, for the session tests: the providers on the mock's defaults, and `WhoseCode`. */
export function WhoseCodePage({ queryClient, accessToken }: { queryClient: QueryClient; accessToken: string | null }) {
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={accessToken}>
        <WhoseCode />
      </FastpassProvider>
    </QueryClientProvider>
  );
}

/** QueryClientProvider → FastpassProvider, pointed at the mock Authing's defaults. */
export function createWrapper(queryClient: QueryClient, props: WrapperProps = {}, { strict = false } = {}) {
  return function Wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <QueryClientProvider client={queryClient}>
        <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} {...props}>
          {children}
        </FastpassProvider>
      </QueryClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

/** Moves fake time forward and lets every response, promise and render that it releases settle. */
export async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  await settle();
}

/** Lets pending network and renders settle without moving the clock. */
export async function settle() {
  // A mocked response resolves over several macrotask turns (interceptor, body stream, TanStack's
  // notify batch); a few zero-length advances let them all through.
  for (let i = 0; i < 8; i += 1) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
      // The body stream and React's scheduler also take real macrotask turns, which fake timers leave alone.
      await new Promise((resolve) => setImmediate(resolve));
    });
  }
}

/** Fake timers that TanStack Query, the hook and the mock's clock all follow. */
export function installFakeClock() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Marks the document hidden or visible and tells listeners, as a browser does on tab switches. */
export function setDocumentVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}
