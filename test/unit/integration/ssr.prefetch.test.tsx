// @vitest-environment node
/* eslint-disable testing-library/render-result-naming-convention -- renderToString returns HTML, not a Testing Library render result. */
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createFastpassClient, fastpassQrcodeQueryOptions, prefetchFastpassQrcode } from '../../../src';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { MockAuthingPage } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();

const session = { appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN };
const codesAsked = () => mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo').length;
const request = (headers: Record<string, string>) => ({ headers: new Headers(headers) });

describe("given a prefetch on the server (TanStack Query's server defaults)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should leave no timer behind, so that the process can exit at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const queryClient = new QueryClient();
    await prefetchFastpassQrcode(queryClient, session);
    expect(codesAsked()).toBe(1);
    // No gc timer for the cached code (it goes with the request's QueryClient) and no request timeout left running.
    expect(vi.getTimerCount()).toBe(0);
    expect(queryClient.getQueryCache().getAll()[0]!.gcTime).toBe(Number.POSITIVE_INFINITY);
  });

  it('should ask a failing Authing once, render loading, and leave the code to the browser', async () => {
    mock.fail({ type: 'server-error' }, { endpoint: 'geneFastpassQrcodeInfo', times: 3 });
    const queryClient = new QueryClient();
    await expect(prefetchFastpassQrcode(queryClient, session)).resolves.toBeUndefined();
    expect(codesAsked()).toBe(1);
    // Nothing failed is dehydrated: the browser starts from an empty cache and asks once itself.
    expect(dehydrate(queryClient).queries).toHaveLength(0);
    const markup = renderToString(<MockAuthingPage queryClient={new QueryClient()} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    expect(markup).toContain('data-state="loading"');
  });

  it('should hold the page at most 3 s for a hanging Authing, and give up the request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo' });
    const queryClient = new QueryClient();
    let done = false;
    const prefetch = prefetchFastpassQrcode(queryClient, session).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2_900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await prefetch;
    expect(queryClient.getQueryState(fastpassQrcodeQueryOptions(session).queryKey)?.error).toMatchObject({ kind: 'timeout' });
    await vi.waitFor(() => expect(mock.requests[0]!.aborted).toBe(true));
  });

  it('should take another server timeout when given one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo' });
    const queryClient = new QueryClient();
    const prefetch = prefetchFastpassQrcode(queryClient, { ...session, timeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    await prefetch;
    expect(codesAsked()).toBe(1);
  });
});

describe('given a client of its own (a backend for frontend prefetching under the browser\'s key)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("should give up at the server's deadline even though the client would wait longer", async () => {
    mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo' });
    // The client would wait 10 s (its default); the page waits no longer than the prefetch's deadline. The clock is
    // faked: the prefetch must end on the deadline's own timer, with no other timer run and however slow the machine.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const client = createFastpassClient({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN });
    const queryClient = new QueryClient();
    const config = { appHost: '/api/fastpass', appId: FASTPASS_MOCK_APP_ID, sessionKey: 'user-1', client, timeoutMs: 300 };
    let done = false;
    const prefetch = prefetchFastpassQrcode(queryClient, config).then(() => (done = true));
    // Not vi.waitFor: under fake timers it moves the clock itself.
    while (mock.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    expect(mock.requests[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    for (let turn = 0; turn < 100 && !done; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(true);
    await prefetch;
    // The prefetch's own deadline aborted the given client's request (the client's 10 s timer never ran).
    expect(queryClient.getQueryState(fastpassQrcodeQueryOptions(config).queryKey)?.error).toMatchObject({ kind: 'aborted' });
    expect(mock.requests[0]!.aborted).toBe(true);
  });
});

describe('given the request a loader answers', () => {
  it.each<[string, Record<string, string>, number]>([
    ['a document navigation', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }, 1],
    ['a request from no browser (curl, a test)', {}, 1],
    ["a framework's data request (a link to ?tab=…, a form post)", { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' }, 0],
    ['a same-origin fetch', { 'sec-fetch-mode': 'same-origin' }, 0],
    ["Next.js's refresh of a Server Component", { rsc: '1' }, 0],
    ['a Next.js Server Action from a browser without Fetch Metadata', { 'next-action': '7f3a', accept: 'text/x-component' }, 0],
  ])('should mint for %s: %i code(s)', async (_name, headers, codes) => {
    await prefetchFastpassQrcode(new QueryClient(), { ...session, request: request(headers) });
    expect(codesAsked()).toBe(codes);
  });

  it("should mint nothing for React Router's raw data URL (…/account.data), whatever its headers", async () => {
    await prefetchFastpassQrcode(new QueryClient(), { ...session, request: { headers: new Headers(), url: 'https://app.example.com/account.data?tab=security' } });
    expect(codesAsked()).toBe(0);
    await prefetchFastpassQrcode(new QueryClient(), { ...session, request: { headers: new Headers(), url: 'https://app.example.com/account?tab=security' } });
    expect(codesAsked()).toBe(1);
  });
});
