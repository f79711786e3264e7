import { fireEvent, render, screen } from '@testing-library/react';
import { FastpassQRCode, type FastpassQRCodeProps } from '../../../src';
import { FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { advance, createTestQueryClient, createWrapper, installFakeClock, settle, type WrapperProps } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

// Minting is not idempotent: every `POST gene-fastpass-qrcode-info` that reaches Authing mints a live credential. These
// tests hold the card to "never re-sent blind", through real fetch and the mock Authing's handlers, on a fake clock.
const { mock } = setupMockAuthing();
installFakeClock();

const CODE = { name: `Fastpass QR code for ${FASTPASS_MOCK_USER.displayName} at ${FASTPASS_MOCK_USERPOOL.displayName}` };
const STILL_WAITING = 'Still waiting for Authing…';

function renderCard(props: Partial<FastpassQRCodeProps> = {}, provider: WrapperProps = {}) {
  return render(<FastpassQRCode data-testid="card" {...props} />, { wrapper: createWrapper(createTestQueryClient(), { lang: 'en-US', ...provider }) });
}

const card = () => screen.getByTestId('card');
/** What went over the wire to mint: method and path of every code request Authing received. */
const codeRequests = () => mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo').map(({ method, path }) => `${method} ${path}`);
const ONE_MINT = ['POST /api/v3/gene-fastpass-qrcode-info'];

describe('given an Authing that never answers the code request', () => {
  it('should show the error with Retry within 15 s, having sent exactly one code request, and send one more on Retry', async () => {
    mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    renderCard();
    await settle();
    expect(card()).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Generating the QR code…');
    expect(codeRequests()).toEqual(ONE_MINT);

    // The client's own timeout (12 s by default) ends the wait; nothing is sent again meanwhile.
    await advance(11_000);
    expect(card()).toHaveAttribute('data-state', 'loading');
    await advance(1_000);
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.getByText('The request timed out: try again', { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('The request timed out: try again');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();

    // Nothing re-sent by itself, however long the page stays open.
    await advance(120_000);
    expect(codeRequests()).toEqual(ONE_MINT);
    expect(card()).toHaveAttribute('data-state', 'error');

    // The person decides: Retry mints exactly one more, and Authing (answering again) gives the code.
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(codeRequests()).toEqual([...ONE_MINT, ...ONE_MINT]);
    expect(screen.getByRole('img', CODE)).toBeInTheDocument();
  });

  it('should say it is still waiting after a few seconds, on screen and in the live region, and say it again on the next wait', async () => {
    mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo', times: 2 });
    renderCard();
    await advance(3_000);
    expect(screen.queryByText(STILL_WAITING)).not.toBeInTheDocument();

    await advance(1_000);
    // Seen under the code area's skeleton, and announced by the polite live region.
    expect(screen.getByText(STILL_WAITING, { selector: '[data-slot="skeleton"]' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(STILL_WAITING);

    await advance(8_000);
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.queryByText(STILL_WAITING)).not.toBeInTheDocument();

    // A new wait starts afresh: the line is not there at once.
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(card()).toHaveAttribute('data-state', 'loading');
    expect(screen.queryByText(STILL_WAITING)).not.toBeInTheDocument();
    await advance(4_000);
    expect(screen.getByRole('status')).toHaveTextContent(STILL_WAITING);
  });

  it('should say it in the language of the labels', async () => {
    mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    renderCard({}, { lang: 'zh-CN' });
    await advance(4_000);
    expect(screen.getByRole('status')).toHaveTextContent('仍在等待 Authing…');
  });
});

describe('given a code request that failed where Authing may have minted', () => {
  it.each<[string, Parameters<typeof mock.fail>[0], string]>([
    ['a dropped connection (fetch TypeError: refused before sending or dropped after, fetch cannot tell)', { type: 'network' }, 'You seem to be offline: check your network'],
    ['a 502 from a gateway', { type: 'html', httpStatus: 502 }, 'Something went wrong on the server: try again later'],
    ['a 504 from a gateway', { type: 'server-error', httpStatus: 504 }, 'Something went wrong on the server: try again later'],
    ['a 500 from Authing', { type: 'server-error', httpStatus: 500 }, 'Something went wrong on the server: try again later'],
  ])('should not send it again by itself after %s: the error with Retry, one request', async (_name, fault, message) => {
    mock.fail(fault, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    renderCard();
    await settle();
    await advance(60_000);
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.getByText(message, { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(codeRequests()).toEqual(ONE_MINT);
  });
});

describe('given a code request that Authing refused', () => {
  it('should send it again after Retry-After when Authing throttled it (429: nothing was minted)', async () => {
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 2 }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    renderCard();
    await settle();
    expect(codeRequests()).toEqual(ONE_MINT);
    await advance(1_999);
    expect(codeRequests()).toEqual(ONE_MINT);
    await advance(1);
    expect(codeRequests()).toEqual([...ONE_MINT, ...ONE_MINT]);
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getByRole('img', CODE)).toBeInTheDocument();
  });
});
