import '../../../src/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { createRef } from 'react';
import { FastpassQRCode } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { FastpassQRCodeView } from '../../../src';
import { FastpassProvider } from '../../../src/react/FastpassProvider';
import { encodeFastpassPayload } from '../../../src/api/payload';
import { createFastpassMock, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER } from '../../../src/testing';
import { VIEW_INFO, viewResult } from '../../utils/viewResults';
import { decodeScreenshot, useUnscaledViewport } from '../components/decodeScreenshot';
import { settleAnimations } from '../../utils/settleAnimations';

const mock = createFastpassMock();
const worker = setupWorker(...mock.handlers);

beforeAll(async () => {
  await useUnscaledViewport();
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterEach(() => mock.reset());
afterAll(() => worker.stop());

const SECRET = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJicm93c2VyIn0.c2VjcmV0LWluLWNocm9taXVt';
const RLO = '\u202e';
const HOSTILE_NAME = `<img src=x onerror=alert(1)>${RLO}gnp.exe`;

describe('given a hostile name, in Chromium, against the mock Authing behind a service worker', () => {
  it('should draw a code whose pixels decode to exactly what the server sent, with no access token in it', async () => {
    mock.addSession(SECRET, { ...FASTPASS_MOCK_USER, displayName: HOSTILE_NAME });
    const ref = createRef<HTMLDivElement>();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={SECRET} lang="en-US">
          <FastpassQRCode ref={ref} />
        </FastpassProvider>
      </QueryClientProvider>,
    );
    await screen.findByRole('img', { name: /^Fastpass QR code for / });
    await settleAnimations();

    const decoded = await decodeScreenshot(ref.current!);
    expect(decoded).toBe(encodeFastpassPayload(mock.latestCode()!.info));
    expect(decoded).toContain(HOSTILE_NAME);
    expect(decoded).not.toContain(SECRET);
    expect(document.documentElement.outerHTML).not.toContain(SECRET);
    expect(mock.requests[0]!.headers.authorization).toBe(SECRET);
  });
});

describe('given unsafe photo URLs, in Chromium', () => {
  it.each([
    ['protocol-relative', '//evil.example/track.png'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:text/html', 'data:text/html,<script>parent.__pwned=1</script>'],
  ])('should make no request for a %s photo, as <img> or as the QR logo', async (_kind, photo) => {
    const info = { ...VIEW_INFO, user: { ...VIEW_INFO.user, photo }, userpool: { ...VIEW_INFO.userpool, photo } };
    const ref = createRef<HTMLDivElement>();
    render(<FastpassQRCodeView ref={ref} result={viewResult('pending', { info })} showUserpoolLogo level="H" />);
    // Long enough for an image request to have been started and recorded.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('evil.example') || name.startsWith('javascript:') || name.startsWith('data:text'))).toEqual([]);
    expect(ref.current!.outerHTML).not.toContain(photo);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('given right-to-left override characters in a name, in Chromium', () => {
  it('should lay the name out bidi-isolated (dir="auto"), so that it cannot reorder the text beside it', () => {
    const info = { ...VIEW_INFO, user: { ...VIEW_INFO.user, displayName: `${RLO}evil` } };
    const ref = createRef<HTMLDivElement>();
    render(<FastpassQRCodeView ref={ref} result={viewResult('pending', { info })} />);
    const name = within(ref.current!).getByText(`${RLO}evil`);
    expect(getComputedStyle(name).unicodeBidi).toBe('isolate');
  });
});
