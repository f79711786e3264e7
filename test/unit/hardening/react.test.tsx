import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { StrictMode, Suspense, startTransition, useState } from 'react';
import { FastpassQRCode, type FastpassQRCodeProps } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { FastpassProvider } from '../../../src/react/FastpassProvider';
import {
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_USER,
} from '../../../src/testing';
import { advance, createTestQueryClient, createWrapper, installFakeClock, settle, type WrapperProps } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

let consoleErrors: ReturnType<typeof vi.spyOn>;
let consoleWarnings: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleErrors = vi.spyOn(console, 'error');
  consoleWarnings = vi.spyOn(console, 'warn');
});

const card = () => screen.getByTestId('card');
const codeRequests = () => mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo');

describe('given React StrictMode', () => {
  it('should go from loading to authorized with one code request, one onAuthorized and no warnings', async () => {
    const onAuthorized = vi.fn();
    const onStatusChange = vi.fn();
    render(<FastpassQRCode data-testid="card" onAuthorized={onAuthorized} onStatusChange={onStatusChange} />, {
      wrapper: createWrapper(createTestQueryClient(), { lang: 'en-US' }, { strict: true }),
    });
    await settle();
    expect(card()).toHaveAttribute('data-state', 'pending');
    mock.scan();
    await advance(1_000);
    mock.confirm();
    await advance(1_000);
    expect(card()).toHaveAttribute('data-state', 'authorized');
    expect(codeRequests()).toHaveLength(1);
    expect(onAuthorized).toHaveBeenCalledTimes(1);
    expect(onStatusChange.mock.calls.map(([state]) => state)).toEqual(['loading', 'pending', 'scanned', 'authorized']);
    expect(consoleErrors).not.toHaveBeenCalled();
    expect(consoleWarnings).not.toHaveBeenCalled();
  });
});

const USERS = {
  a: { token: FASTPASS_MOCK_ACCESS_TOKEN, user: FASTPASS_MOCK_USER },
  b: { token: FASTPASS_MOCK_OTHER_ACCESS_TOKEN, user: FASTPASS_MOCK_OTHER_USER },
};
type Who = keyof typeof USERS;

/** Something else on the account page that suspends while it loads, e.g. the user's profile. */
const profiles = new Map<Who, { done: boolean; promise: Promise<void> }>();
function Profile({ who }: { who: Who }) {
  let entry = profiles.get(who);
  if (!entry) {
    const created = { done: false, promise: new Promise<void>((resolve) => setTimeout(resolve, 1_500)) };
    void created.promise.then(() => (created.done = true));
    profiles.set(who, created);
    entry = created;
  }
  if (!entry.done) throw entry.promise;
  return <p>Profile of {USERS[who].user.displayName}</p>;
}
afterEach(() => profiles.clear());

/**
 * An account page whose signed-in user can change (in a transition or not); each user's part of the
 * page may suspend.
 */
function AccountPage({ queryClient, suspend, transition }: { queryClient: QueryClient; suspend: boolean; transition: boolean }) {
  const [who, setWho] = useState<Who>('a');
  const signInAsB = () => (transition ? startTransition(() => setWho('b')) : setWho('b'));
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={USERS[who].token} lang="en-US">
          <button type="button" onClick={signInAsB}>
            Sign in as B
          </button>
          <section aria-label={`Account of ${USERS[who].user.displayName}`}>
            <Suspense fallback={<p>Loading the account…</p>}>
              {suspend && <Profile who={who} />}
              <FastpassQRCode data-testid="card" />
            </Suspense>
          </section>
        </FastpassProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

/**
 * The page as a person sees it: a suspended boundary keeps its old content in the DOM, hidden with
 * `display: none`, so hidden parts are left out.
 */
function visibleMarkup(section: HTMLElement): string {
  const copy = section.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[style*="display: none"]')) hidden.remove();
  return copy.outerHTML;
}

/** What the page shows, step by step: whose account it says it is, and everything visible on it. */
async function samplePage(ms: number, step = 100) {
  const samples: Array<{ account: string; markup: string }> = [];
  for (let t = 0; t < ms; t += step) {
    await advance(step);
    const section = screen.getByRole('region');
    samples.push({ account: section.getAttribute('aria-label') ?? '', markup: visibleMarkup(section) });
  }
  return samples;
}

function expectBNeverSeesA(samples: Array<{ account: string; markup: string }>) {
  const ofB = samples.filter((sample) => sample.account === `Account of ${USERS.b.user.displayName}`);
  expect(ofB.length).toBeGreaterThan(0);
  for (const sample of ofB) {
    expect(sample.markup).not.toContain(USERS.a.user.displayName);
    expect(sample.markup).not.toContain(USERS.a.user.photo);
  }
}

describe.each([
  ['in a transition', true],
  ['as an urgent update', false],
] as const)('given the session switches %s', (_how, transition) => {
  const switchSession = () => fireEvent.click(screen.getByRole('button', { name: 'Sign in as B' }));

  it.each([
    ['with nothing else suspending', false],
    ['while another part of the account page suspends', true],
  ])("should never show A's code on B's page %s", async (_what, suspend) => {
    const queryClient = createTestQueryClient();
    render(<AccountPage queryClient={queryClient} suspend={suspend} transition={transition} />);
    await advance(2_000);
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getAllByText(USERS.a.user.displayName).length).toBeGreaterThan(0);

    mock.setLatency(500);
    switchSession();
    const samples = await samplePage(4_000);
    expectBNeverSeesA(samples);
    if (transition && suspend) {
      // React kept A's whole page (A's account, A's code) until B's was ready: never a mix of the two.
      expect(samples[0]!.account).toBe(`Account of ${USERS.a.user.displayName}`);
    }
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getAllByText(USERS.b.user.displayName).length).toBeGreaterThan(0);
    expect(consoleErrors).not.toHaveBeenCalled();
  });

  it.each([
    ['with nothing else suspending', false],
    ['while another part of the account page suspends', true],
  ])("should never ask about A's code with B's token %s", async (_what, suspend) => {
    render(<AccountPage queryClient={createTestQueryClient()} suspend={suspend} transition={transition} />);
    await advance(2_000);
    const codeOfA = mock.latestCode()!.qrcodeId;
    switchSession();
    await advance(4_000);
    const crossed = mock.requests.filter((request) => request.query.qrcodeId === codeOfA && request.headers.authorization === USERS.b.token);
    expect(crossed).toEqual([]);
  });
});

/** `inFlight`: how many requests are on their way when the card unmounts (each must then be aborted). */
type Reach = [state: string, reach: () => Promise<void> | void, props?: Partial<FastpassQRCodeProps>, provider?: WrapperProps, inFlight?: number];

const REACH: Reach[] = [
  ['signed-out', () => settle(), {}, { accessToken: null }],
  ['loading', () => {
    mock.setLatency(5_000);
    return advance(100);
  }, {}, {}, 1],
  ['pending', () => settle()],
  ['scanned', async () => {
    await settle();
    mock.setLatency(3_000);
    mock.scan();
    // The poll that saw SCANNED answered; step on until the next one is on its way.
    const nextPollInFlight = () => card().getAttribute('data-state') === 'scanned' && mock.requests.some((request) => request.answeredAt === undefined);
    for (let t = 0; t < 10_000 && !nextPollInFlight(); t += 100) await advance(100);
  }, {}, {}, 1],
  ['authorized', async () => {
    await settle();
    mock.scan();
    mock.confirm();
    await advance(1_000);
  }],
  ['cancelled', async () => {
    await settle();
    mock.cancel();
    await advance(1_000);
  }],
  ['expired', () => advance(2_000), { lifetimeMs: 2_000, maxAutoRefresh: 0 }],
  ['error', async () => {
    mock.fail({ type: 'malformed-json' });
    await settle();
  }],
];

describe.each(REACH)('given the card in the %s state', (state, reach, props, provider, inFlight = 0) => {
  it('should unmount cleanly: no warning, nothing left running, the request in flight aborted', async () => {
    const { unmount } = render(<FastpassQRCode data-testid="card" {...props} />, {
      wrapper: createWrapper(createTestQueryClient(), { lang: 'en-US', ...provider }, { strict: true }),
    });
    await reach();
    expect(card()).toHaveAttribute('data-state', state);
    const unanswered = mock.requests.filter((request) => request.answeredAt === undefined);
    expect(unanswered).toHaveLength(inFlight);

    unmount();
    // Before the clock moves: each request still on its way is aborted by the unmount itself, not answered later.
    await settle();
    expect(unanswered.map((request) => request.aborted)).toEqual(unanswered.map(() => true));
    const sent = mock.requests.length;
    await advance(300_000);
    expect(mock.requests).toHaveLength(sent);
    expect(consoleErrors).not.toHaveBeenCalled();
    expect(consoleWarnings).not.toHaveBeenCalled();
  });
});
