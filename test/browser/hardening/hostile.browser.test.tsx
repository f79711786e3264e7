import '../../../src/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { createRef } from 'react';
import { FastpassQRCode } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { FastpassQRCodeView } from '../../../src';
import { FastpassProvider } from '../../../src/react/FastpassProvider';
import { encodeFastpassPayload } from '../../../src/api/payload';
import { createFastpassMock, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { getInitials } from '../../../src/components/parts/getInitials';
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

/** Every request the page made through the service worker (images included), as URLs: what went over the wire. */
const requested: string[] = [];
beforeAll(() => {
  worker.events.on('request:start', ({ request }) => void requested.push(request.url));
});
afterEach(() => {
  requested.length = 0;
});

/** What would load: every `<img src>` and SVG `<image href>` in an element, as the DOM holds them. */
function loadedUrls(element: Element): string[] {
  return [...element.querySelectorAll('img, image')].map((image) => image.getAttribute('src') ?? image.getAttribute('href') ?? '');
}

let controlRun = 0;

describe('given unsafe photo URLs, in Chromium', () => {
  it.each([
    ['protocol-relative', '//evil.example/track.png'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:text/html', 'data:text/html,<script>parent.__pwned=1</script>'],
  ])('should make no request for a %s photo, as <img> or as the QR logo', async (_kind, photo) => {
    const hostile = { ...VIEW_INFO, user: { ...VIEW_INFO.user, photo }, userpool: { ...VIEW_INFO.userpool, photo } };
    // The control: the same card with safe photos (served by the mock Authing through the service worker; a fresh
    // query each run, so that no image cache answers instead). It shows the detectors see a photo that does load.
    controlRun += 1;
    const safeUser = `${FASTPASS_MOCK_USER.photo}?control=${controlRun}`;
    const safeLogo = `${FASTPASS_MOCK_USERPOOL.photo}?control=${controlRun}`;
    const control = { ...VIEW_INFO, user: { ...VIEW_INFO.user, photo: safeUser }, userpool: { ...VIEW_INFO.userpool, photo: safeLogo } };
    const hostileRef = createRef<HTMLDivElement>();
    const controlRef = createRef<HTMLDivElement>();
    render(
      <>
        <FastpassQRCodeView ref={hostileRef} result={viewResult('pending', { info: hostile })} showUserpoolLogo level="H" />
        <FastpassQRCodeView ref={controlRef} result={viewResult('pending', { info: control })} showUserpoolLogo level="H" />
      </>,
    );

    // Both cards were committed together: once the control's photos went over the wire, the hostile card's would have.
    expect(new Set(loadedUrls(controlRef.current!))).toEqual(new Set([safeUser, safeLogo]));
    await vi.waitFor(() => expect(requested).toEqual(expect.arrayContaining([safeUser, safeLogo])));
    await vi.waitFor(() => expect(performance.getEntriesByName(safeUser, 'resource')).not.toEqual([]));

    // The hostile card holds no <img> and no QR logo <image> at all (React would rewrite a javascript: src into
    // another javascript: URL, and Chromium writes < and > in attributes as entities: the element is what counts).
    expect(loadedUrls(hostileRef.current!)).toEqual([]);
    // eslint-disable-next-line testing-library/no-node-access -- the attributes, whatever their element
    const attributes = [...hostileRef.current!.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
    expect(attributes.filter((value) => value.includes('evil.example') || /^\s*(?:javascript|data):/i.test(value))).toEqual([]);
    // Initials stand in for the photo.
    // eslint-disable-next-line testing-library/no-node-access -- the avatar is decoration (aria-hidden), with no role
    const avatars = [...hostileRef.current!.querySelectorAll('[data-slot="avatar"]')];
    expect(avatars.length).toBeGreaterThan(0);
    expect(avatars.map((avatar) => avatar.textContent)).toContain(getInitials(VIEW_INFO.user.displayName));
    // And nothing of it went over the wire, or ran.
    expect(requested.filter((url) => url.includes('evil.example') || !/^https?:/.test(url))).toEqual([]);
    expect(performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('evil.example'))).toEqual([]);
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
