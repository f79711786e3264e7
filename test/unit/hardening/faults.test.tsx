import { fireEvent, render, screen } from '@testing-library/react';
import { FastpassQRCode, type FastpassQRCodeProps } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { MAX_BACKOFF_MS } from '../../../src/query/retryPolicy';
import { advance, createTestQueryClient, createWrapper, installFakeClock, setDocumentVisibility, settle, type WrapperProps } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

// The server keeps its codes for an hour here, so that only the client's own clock can lapse them.
const { mock } = setupMockAuthing({ lifetimeMs: 3_600_000 });
installFakeClock();

/** Tells the page (and TanStack's onlineManager) that the network went away or came back. */
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}
afterEach(() => {
  setOnline(true);
  setDocumentVisibility('visible');
});

function renderCard(props: Partial<FastpassQRCodeProps> = {}, provider: WrapperProps = {}) {
  return render(<FastpassQRCode data-testid="card" {...props} />, { wrapper: createWrapper(createTestQueryClient(), { lang: 'en-US', ...provider }) });
}

const card = () => screen.getByTestId('card');
const polls = () => mock.requests.filter((request) => request.endpoint === 'getAppLoginQrcodeStatus');
const codeRequests = () => mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo');
const CODE = { name: /Fastpass QR code for/ };

async function advanceBy(ms: number, step = 1_000) {
  for (let t = 0; t < ms; t += step) await advance(step);
}

/** Never two status requests in flight: each starts once the one before it was answered. */
function expectOneAtATime() {
  polls().forEach((request, index) => {
    const previous = polls()[index - 1];
    if (previous) expect(request.receivedAt).toBeGreaterThanOrEqual(previous.answeredAt!);
  });
}

describe('given the network goes away and comes back', () => {
  it('should hold every request while offline and recover by itself the moment it is back online', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    renderCard();
    await settle();
    // The connection drops before the browser notices: three polls fail and the error shows.
    mock.fail({ type: 'network' }, { endpoint: 'getAppLoginQrcodeStatus', times: 3 });
    await advanceBy(4_000);
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('status')).toHaveTextContent('You seem to be offline: check your network');

    setOnline(false);
    const requestsBefore = mock.requests.length;
    const pollsBefore = polls().length;
    await advanceBy(60_000, 5_000);
    expect(mock.requests).toHaveLength(requestsBefore);

    // Back online: one check at once, no timer needed, and the code is back.
    setOnline(true);
    await settle();
    expect(polls()).toHaveLength(pollsBefore + 1);
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getByRole('img', CODE)).toBeInTheDocument();
  });

  it('should hold a Refresh asked for while offline, and send it once when back online', async () => {
    renderCard({ maxAutoRefresh: 0 });
    await settle();
    mock.cancel();
    await advance(1_000);
    setOnline(false);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh QR code' }));
    await advanceBy(10_000);
    expect(codeRequests()).toHaveLength(1);
    expect(card()).toHaveAttribute('data-state', 'loading');

    setOnline(true);
    await settle();
    expect(codeRequests()).toHaveLength(2);
    expect(card()).toHaveAttribute('data-state', 'pending');
  });

  it('should ask again by itself when the network returns after the code request failed for want of it', async () => {
    // The page opens while the network is down (the browser has not said so yet): the minting request fails, and is not
    // sent again blind (it may have reached Authing).
    mock.fail({ type: 'network' }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    renderCard();
    await advanceBy(10_000);
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(codeRequests()).toHaveLength(1);

    setOnline(false);
    await advanceBy(5_000);
    expect(codeRequests()).toHaveLength(1);
    setOnline(true);
    await settle();
    expect(codeRequests()).toHaveLength(2);
    expect(card()).toHaveAttribute('data-state', 'pending');
  });
});

describe('given a storm of 429s', () => {
  it('should send no status request before each Retry-After has elapsed, through the whole storm', async () => {
    const retryAfterSeconds = 20;
    renderCard();
    await settle();
    mock.fail({ type: 'rate-limit', retryAfterSeconds }, { endpoint: 'getAppLoginQrcodeStatus', times: 5 });
    await advanceBy(180_000);

    const sent = polls();
    expect(sent.length).toBeGreaterThan(5);
    for (let i = 0; i < 5; i += 1) {
      // Request i was answered 429 with Retry-After: the next one waits at least that long.
      expect(sent[i + 1]!.receivedAt - sent[i]!.answeredAt!).toBeGreaterThanOrEqual(retryAfterSeconds * 1_000);
    }
    expectOneAtATime();
    expect(card()).toHaveAttribute('data-state', 'pending');
  });

  it('should wait out each Retry-After on the code request, then show the error with Retry', async () => {
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 5 }, { endpoint: 'geneFastpassQrcodeInfo', times: 3 });
    renderCard();
    await advanceBy(30_000);
    const sent = codeRequests();
    expect(sent).toHaveLength(3);
    expect(sent[1]!.receivedAt - sent[0]!.answeredAt!).toBeGreaterThanOrEqual(5_000);
    expect(sent[2]!.receivedAt - sent[1]!.answeredAt!).toBeGreaterThanOrEqual(5_000);
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('given a server failing with 5xx for minutes', () => {
  it(`should back off, but never wait more than MAX_BACKOFF_MS (${MAX_BACKOFF_MS} ms) between polls, and heal when it answers`, async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1); // the top of the jitter range
    renderCard({ refetchInterval: 20_000, maxPollFailures: 6, lifetimeMs: 3_600_000 });
    await settle();
    mock.fail({ type: 'server-error', httpStatus: 503 }, { endpoint: 'getAppLoginQrcodeStatus', times: 12 });
    await advanceBy(420_000, 2_000);

    const sent = polls();
    expect(sent.length).toBeGreaterThan(12);
    const gaps = sent.slice(1, 13).map((request, i) => request.receivedAt - sent[i]!.answeredAt!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    // It does back off (20 s, then 40 s capped to 30 s), and reaches the cap without passing it.
    expect(gaps[0]).toBe(20_000);
    expect(gaps.filter((gap) => gap === MAX_BACKOFF_MS).length).toBeGreaterThanOrEqual(6);
    expectOneAtATime();
    expect(card()).toHaveAttribute('data-state', 'pending');
  });
});

describe('given the server says EXPIRED while the local countdown still runs', () => {
  it('should believe the server within one poll: no code, no countdown, Refresh', async () => {
    renderCard({ maxAutoRefresh: 0 });
    await settle();
    await advance(5_000);
    expect(screen.getByText('Expires in 115 s')).toBeInTheDocument();

    mock.expire();
    await advance(1_000);
    expect(card()).toHaveAttribute('data-state', 'expired');
    expect(screen.queryByRole('img', CODE)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Expires in/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh QR code' })).toBeInTheDocument();
    const sent = polls().length;
    await advance(10_000);
    expect(polls()).toHaveLength(sent);
  });

  it('should replace the code by itself with one request when auto-refresh is on', async () => {
    renderCard();
    await settle();
    const first = mock.latestCode()!.qrcodeId;
    mock.expire();
    await advance(1_000);
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(mock.latestCode()!.qrcodeId).not.toBe(first);
    expect(codeRequests()).toHaveLength(2);
  });
});

describe('given a status request that hangs', () => {
  it('should give up on it after timeoutMs, abort it, and recover when the server answers again', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    renderCard({}, { timeoutMs: 3_000 });
    await settle();
    mock.fail({ type: 'hang' }, { endpoint: 'getAppLoginQrcodeStatus', times: 3 });
    await advance(1_000);
    expect(polls()).toHaveLength(1);
    await advance(2_999);
    expect(polls()[0]!.aborted).toBe(false);
    await advance(1);
    expect(polls()[0]!.aborted).toBe(true);
    expect(card()).toHaveAttribute('data-state', 'pending');

    await advanceBy(15_000);
    expect(polls().slice(0, 3).every((request) => request.aborted && request.answeredAt! - request.receivedAt === 3_000)).toBe(true);
    expectOneAtATime();

    await advanceBy(10_000);
    expect(card()).toHaveAttribute('data-state', 'pending');
  });

  it('should show the timeout error on screen once the retries are spent', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    renderCard({}, { timeoutMs: 3_000 });
    await settle();
    mock.fail({ type: 'hang' }, { endpoint: 'getAppLoginQrcodeStatus', times: Number.POSITIVE_INFINITY });
    await advanceBy(1_000 + 3_000 + 1_000 + 3_000 + 2_000 + 3_000);
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('status')).toHaveTextContent('The request timed out: try again');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('given the laptop sleeps past the code lifetime', () => {
  it('should re-check the clock the moment the page shows again, before any timer runs', async () => {
    renderCard({ maxAutoRefresh: 0 });
    await settle();
    expect(card()).toHaveAttribute('data-state', 'pending');

    setDocumentVisibility('hidden');
    // Ten minutes pass with every timer stalled, as in sleep.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    await settle();
    expect(card()).toHaveAttribute('data-state', 'pending');

    setDocumentVisibility('visible');
    await settle();
    expect(card()).toHaveAttribute('data-state', 'expired');
    expect(screen.queryByRole('img', CODE)).not.toBeInTheDocument();
  });

  it('should fetch a fresh code at once on resume when auto-refresh is on', async () => {
    renderCard();
    await settle();
    const first = mock.latestCode()!.qrcodeId;
    setDocumentVisibility('hidden');
    vi.setSystemTime(Date.now() + 10 * 60_000);
    setDocumentVisibility('visible');
    await settle();
    expect(codeRequests()).toHaveLength(2);
    expect(mock.latestCode()!.qrcodeId).not.toBe(first);
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getByText('Expires in 120 s')).toBeInTheDocument();
  });
});
