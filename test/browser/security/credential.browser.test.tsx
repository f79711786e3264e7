import '../../../src/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// eslint-disable-next-line testing-library/no-manual-cleanup -- afterEach unmounts before it waits for quiet (see there)
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupWorker } from 'msw/browser';
import { commands } from 'vitest/browser';
import { QRCodeSVG } from 'qrcode.react';
import type { ReactNode } from 'react';
import {
  FastpassActions,
  FastpassCode,
  FastpassCountdown,
  FastpassIdentity,
  FastpassProvider,
  FastpassQRCode,
  FastpassStatus,
  useFastpassQrcode,
  type FastpassQRCodeProps,
  type UseFastpassQrcodeOptions,
} from '../../../src';
import { DEFAULT_POLL_INTERVAL_MS } from '../../../src/react/useFastpassQrcodeOptions';
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_USER,
} from '../../../src/testing';
import { decodeScreenshot, useUnscaledViewport } from '../components/decodeScreenshot';
import { MyFastpass } from '../../utils/MyFastpass';
import { FastpassRow } from '../../../docs/snippets/parts/FastpassRow';
import { settleAnimations } from '../../utils/settleAnimations';
import { expectNothingSentFor, expectPolling, untilQuiet } from '../../utils/quietWindow';
import { setDocumentVisibility } from '../../utils/fastpassWrapper';

// The code is a bearer credential for the account: these tests hold the promises of SECURITY.md
// ("The code is a credential") in Chromium, through the real component, fetch and the mock Authing.
const mock = createFastpassMock();
const worker = setupWorker(...mock.handlers);

beforeAll(async () => {
  await useUnscaledViewport();
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
});
/** Every client a test made: its last fetches must land before the next test counts requests. */
const queryClients: QueryClient[] = [];
function newQueryClient() {
  const queryClient = new QueryClient();
  queryClients.push(queryClient);
  return queryClient;
}
afterEach(async () => {
  // Testing Library's own cleanup runs after this hook (hooks run in reverse order): too late for the wait below.
  // Unmounted first, so nothing starts again; then whatever a test left on its way (a poll started just before it
  // ended) is answered or aborted here, not counted in the next test's quiet window.
  cleanup();
  setVisibility('visible');
  for (const queryClient of queryClients.splice(0)) {
    await untilQuiet(queryClient, mock);
    queryClient.clear();
  }
  mock.reset();
  await commands.emulateMedia({ media: 'screen' });
});
afterAll(() => worker.stop());

const codesAsked = () => mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo').length;
const codeSvg = () => screen.queryByRole('img', { name: /Fastpass QR code for/ });
/**
 * Every <svg> in an element that is not decoration (the placeholder and the icons are aria-hidden), shown or not. The
 * check that the code is out of the DOM: a role query skips an element a stylesheet hides (the card's print rule sets
 * `display: none`), and cannot even name it then, so it cannot tell a removed code from a hidden one.
 */
// eslint-disable-next-line testing-library/no-node-access -- every <svg> in the DOM, whatever its role or style
const svgsIn = (element: Element) => [...element.querySelectorAll('svg')].filter((svg) => !svg.closest('[aria-hidden="true"]'));
const POLL_MS = 200;
// eslint-disable-next-line testing-library/no-node-access -- the card's root has no role: it is what a camera sees
const root = () => document.querySelector<HTMLElement>('[data-slot="root"]')!;

function mountCard(props: FastpassQRCodeProps = {}) {
  const queryClient = newQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} lang="en-US">
        <FastpassQRCode refetchInterval={POLL_MS} {...props} />
      </FastpassProvider>
    </QueryClientProvider>,
  );
  return queryClient;
}

async function waitForState(state: string, timeout = 5_000) {
  await vi.waitFor(() => expect(root()).toHaveAttribute('data-state', state), { timeout });
  await settleAnimations();
}

/** What a browser does when the tab goes to the background or comes back. */
function setVisibility(state: 'hidden' | 'visible') {
  act(() => setDocumentVisibility(state));
}

describe('given generate="on-demand"', () => {
  it('should request nothing before Show code is pressed, and exactly one code after', async () => {
    const queryClient = mountCard({ generate: 'on-demand' });
    await waitForState('idle');
    await expectNothingSentFor(queryClient, mock, { intervalMs: POLL_MS });
    expect(codesAsked()).toBe(0);
    expect(codeSvg()).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Fastpass QR code' })).getByText(/signed in to your account on their phone/, { selector: 'p' })).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Show code' }));
    await waitForState('pending');
    expect(codesAsked()).toBe(1);
    expect(await decodeScreenshot(root())).toBe(JSON.stringify(mock.latestCode()!.info));
  });

  it('should drop the code from the screen and stop polling on Hide, and mint a new one on Show', async () => {
    const queryClient = mountCard({ generate: 'on-demand' });
    await userEvent.click(await screen.findByRole('button', { name: 'Show code' }));
    await waitForState('pending');
    const first = mock.latestCode()!.qrcodeId;

    await userEvent.click(screen.getByRole('button', { name: 'Hide code' }));
    await waitForState('idle');
    expect(codeSvg()).toBeNull();
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data ?? null))).not.toContain(first);
    await expectNothingSentFor(queryClient, mock, { intervalMs: POLL_MS });

    await userEvent.click(screen.getByRole('button', { name: 'Show code' }));
    await waitForState('pending');
    expect(codesAsked()).toBe(2);
    expect(mock.latestCode()!.qrcodeId).not.toBe(first);
  });
});

describe('given a page in the background', () => {
  it('should take the code out of the DOM while hidden, and bring the same code back with no request', async () => {
    const queryClient = mountCard();
    await waitForState('pending');
    const payload = await decodeScreenshot(root());
    expect(payload).toBe(JSON.stringify(mock.latestCode()!.info));
    // The request counter sees the card poll while it is in front.
    await expectPolling(queryClient);

    setVisibility('hidden');
    await vi.waitFor(() => expect(codeSvg()).toBeNull());
    expect(svgsIn(root())).toEqual([]);
    expect(screen.getByText('The code is hidden while this page is in the background', { selector: 'p' })).toBeInTheDocument();
    // The live region says so too, for a screen reader.
    expect(screen.getByRole('status')).toHaveTextContent('The code is hidden while this page is in the background');
    // A poll already on its way when the tab went away may still land; none may start after.
    await expectNothingSentFor(queryClient, mock, { intervalMs: POLL_MS });

    setVisibility('visible');
    await vi.waitFor(() => expect(codeSvg()).not.toBeNull());
    expect(await decodeScreenshot(root())).toBe(payload);
    expect(codesAsked()).toBe(1);
  });

  it('should mint nothing while hidden, not even to replace an expired code', async () => {
    setVisibility('hidden');
    const queryClient = mountCard({ lifetimeMs: 1_500 });
    await expectNothingSentFor(queryClient, mock, { intervalMs: POLL_MS });
    expect(codesAsked()).toBe(0);
    setVisibility('visible');
    await waitForState('pending');
    expect(codesAsked()).toBe(1);

    // The code lapses while nobody looks: it is not replaced until somebody does.
    setVisibility('hidden');
    await waitForState('expired', 3_000);
    await expectNothingSentFor(queryClient, mock, { intervalMs: POLL_MS });
    expect(codesAsked()).toBe(1);
    setVisibility('visible');
    await waitForState('pending');
    expect(codesAsked()).toBe(2);
  });
});

describe.each([false, true])('given a printed page (unstyled: %s)', (unstyled) => {
  it('should print the placeholder, never a code a camera can read', async () => {
    mountCard({ unstyled });
    await waitForState('pending');
    expect(await decodeScreenshot(root())).not.toBeNull();

    await commands.emulateMedia({ media: 'print' });
    // Out of the DOM, not merely hidden by the print stylesheet.
    await vi.waitFor(() => expect(svgsIn(root())).toEqual([]));
    expect(codeSvg()).toBeNull();
    expect(await decodeScreenshot(root(), 'attemptBoth')).toBeNull();
    expect(screen.getByText('The QR code is not printed', { selector: 'p' })).toBeInTheDocument();

    await commands.emulateMedia({ media: 'screen' });
    await vi.waitFor(() => expect(codeSvg()).not.toBeNull());
  });

  it('should take the code out of the DOM inside window.print()\'s beforeprint', async () => {
    mountCard({ unstyled });
    await waitForState('pending');
    // Synchronously, inside the event: the printout is laid out right after the handlers return.
    window.dispatchEvent(new Event('beforeprint'));
    expect(codeSvg()).toBeNull();
    expect(svgsIn(root())).toEqual([]);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await vi.waitFor(() => expect(codeSvg()).not.toBeNull());
  });
});

describe('given a scanned code', () => {
  it('should take the code out of the DOM, say who scanned, and offer a line for whoever did not', async () => {
    mountCard();
    await waitForState('pending');
    mock.scan(undefined, { displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo });
    await waitForState('scanned');
    expect(codeSvg()).toBeNull();
    expect(svgsIn(root())).toEqual([]);
    expect(await decodeScreenshot(root(), 'attemptBoth')).toBeNull();
    expect(screen.getByText(`Scanned by ${FASTPASS_MOCK_OTHER_USER.displayName}`)).toBeVisible();
    expect(screen.getByText(/Not you\?/)).toBeVisible();
  });
});

// The same promises, kept by the library wherever a page draws the code from: a card rebuilt from the public parts
// in another layout, the docs' own custom UI on the hook (test/utils/MyFastpass.tsx, which the docs quote word
// for word), and a naive UI that draws whatever payload the hook gives it, in every state. None has a line of code of
// its own for any of them; the naive one proves it, since it would draw a payload the hook kept.

/** A security-settings row: the code on the left, the rest on the right, from the public parts. */
function PartsRow(options: UseFastpassQrcodeOptions) {
  const fastpass = useFastpassQrcode({ refetchInterval: POLL_MS, ...options });
  return (
    <section data-testid="surface" data-state={fastpass.state} style={{ display: 'flex', gap: 24, alignItems: 'center' }}>
      <FastpassCode result={fastpass} size={180} />
      <div>
        <FastpassIdentity result={fastpass} who="user" />
        <FastpassStatus result={fastpass} />
        <FastpassCountdown result={fastpass} />
        <FastpassActions result={fastpass} />
      </div>
    </section>
  );
}

/**
 * The least careful UI there is: it draws `payload` whenever the hook returns one, whatever the state, and says who
 * scanned. Whatever it keeps off the screen, the hook kept from it.
 */
function NaiveUi() {
  const fastpass = useFastpassQrcode({ refetchInterval: POLL_MS });
  return (
    <div data-testid="surface">
      {fastpass.payload !== undefined && <QRCodeSVG value={fastpass.payload} size={200} title="Naive code" />}
      <p>{fastpass.state === 'scanned' ? `Scanned by ${fastpass.scannedBy?.displayName ?? 'someone'}` : fastpass.state}</p>
    </div>
  );
}

interface Composition {
  render: () => ReactNode;
  /** The drawn code, as a person or a screen reader finds it. */
  code: () => HTMLElement | null;
  /** Whether the UI mints on demand (its Show code button). */
  show: boolean;
  /** How often it polls: the window in which nothing may be sent is counted in these. */
  pollMs: number;
}

const CARD_CODE = /Fastpass QR code for/;
const COMPOSITIONS: Record<string, Composition> = {
  'the card': {
    render: () => <FastpassQRCode refetchInterval={POLL_MS} data-testid="surface" />,
    code: () => screen.queryByRole('img', { name: CARD_CODE }),
    show: false,
    pollMs: POLL_MS,
  },
  'a card rebuilt from the parts': {
    render: () => <PartsRow />,
    code: () => screen.queryByRole('img', { name: CARD_CODE }),
    show: false,
    pollMs: POLL_MS,
  },
  "the docs' row rebuilt from the parts (docs/snippets/parts/FastpassRow.tsx)": {
    render: () => (
      <div data-testid="surface">
        <FastpassRow />
      </div>
    ),
    code: () => screen.queryByRole('img', { name: CARD_CODE }),
    show: true,
    // As the docs write it: the hook's default poll interval.
    pollMs: DEFAULT_POLL_INTERVAL_MS,
  },
  "the docs' custom UI on the hook": {
    render: () => (
      <div data-testid="surface">
        <MyFastpass />
      </div>
    ),
    code: () => screen.queryByRole('img', { name: 'Fastpass QR code' }),
    show: true,
    // The docs' example keeps the hook's default poll interval.
    pollMs: DEFAULT_POLL_INTERVAL_MS,
  },
  'a naive UI that draws whatever payload the hook returns, in every state': {
    render: () => <NaiveUi />,
    code: () => screen.queryByRole('img', { name: 'Naive code' }),
    show: false,
    pollMs: POLL_MS,
  },
};

describe.each(Object.entries(COMPOSITIONS))('given %s', (_name, composition) => {
  const surface = () => screen.getByTestId('surface');

  async function mountWithCode() {
    const queryClient = newQueryClient();
    render(
      <QueryClientProvider client={queryClient}>
        <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} lang="en-US">
          {composition.render()}
        </FastpassProvider>
      </QueryClientProvider>,
    );
    if (composition.show) await userEvent.click(await screen.findByRole('button', { name: 'Show code' }));
    await vi.waitFor(() => expect(composition.code()).not.toBeNull(), { timeout: 5_000 });
    await settleAnimations();
    // The detector works: the code on screen is the one Authing minted, as a camera reads it.
    expect(await decodeScreenshot(surface())).toBe(JSON.stringify(mock.latestCode()!.info));
    expect(svgsIn(surface())).toHaveLength(1);
    return queryClient;
  }

  /** Nothing a camera or a changed stylesheet could reveal: no <svg> but decoration in the DOM, shown or hidden. */
  function expectNoCodeInTheDom() {
    expect(svgsIn(surface())).toEqual([]);
    expect(composition.code()).toBeNull();
  }

  it('should have no code in the DOM while the page is hidden, and the same code back with no request', async () => {
    const queryClient = await mountWithCode();
    setVisibility('hidden');
    expectNoCodeInTheDom();
    // A poll already on its way when the tab went away may still land; none may start after.
    await expectNothingSentFor(queryClient, mock, { intervalMs: composition.pollMs });
    setVisibility('visible');
    await vi.waitFor(() => expect(composition.code()).not.toBeNull());
    expect(codesAsked()).toBe(1);
  });

  it('should have no code a camera can read under print media', async () => {
    await mountWithCode();
    await commands.emulateMedia({ media: 'print' });
    // Out of the DOM, not merely hidden by a print stylesheet (the card's own hides the code under print media too).
    await vi.waitFor(() => expectNoCodeInTheDom());
    expect(await decodeScreenshot(surface(), 'attemptBoth')).toBeNull();
    await commands.emulateMedia({ media: 'screen' });
    await vi.waitFor(() => expect(composition.code()).not.toBeNull());
  });

  it("should take the code out of the DOM synchronously inside window.print()'s beforeprint", async () => {
    await mountWithCode();
    window.dispatchEvent(new Event('beforeprint'));
    expectNoCodeInTheDom();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await vi.waitFor(() => expect(composition.code()).not.toBeNull());
  });

  it('should never show the code again once it is scanned', async () => {
    await mountWithCode();
    mock.scan(undefined, { displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo });
    await vi.waitFor(() => expect(surface()).toHaveTextContent(`Scanned by ${FASTPASS_MOCK_OTHER_USER.displayName}`), { timeout: 5_000 });
    expectNoCodeInTheDom();
    expect(await decodeScreenshot(surface(), 'attemptBoth')).toBeNull();
  });
});
