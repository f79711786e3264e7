import { fireEvent, render, screen } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import { FastpassCountdown, FastpassQRCode, useFastpassQrcode, type FastpassQRCodeProps } from '../../../src';
import { FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from '../../../src/testing';
import { advance, createTestQueryClient, createWrapper, settle, installFakeClock, type WrapperProps } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

const CODE_NAME = `Fastpass QR code for ${FASTPASS_MOCK_USER.displayName} at ${FASTPASS_MOCK_USERPOOL.displayName}`;

function renderCard(props: Partial<FastpassQRCodeProps> = {}, provider: WrapperProps = {}) {
  const Wrapper = createWrapper(createTestQueryClient(), { lang: 'en-US', ...provider });
  return render(<FastpassQRCode data-testid="card" {...props} />, { wrapper: Wrapper });
}

const root = () => screen.getByTestId('card');

describe('given <FastpassQRCode> against the mock Authing', () => {
  it('should show loading, then the scannable code with whose code it is', async () => {
    renderCard();
    expect(root()).toHaveAttribute('data-state', 'loading');
    await settle();
    expect(root()).toHaveAttribute('data-state', 'pending');
    expect(screen.getByRole('img', { name: CODE_NAME })).toBeInTheDocument();
    expect(screen.getAllByText(FASTPASS_MOCK_USER.displayName).length).toBeGreaterThan(0);
    expect(screen.getAllByText(FASTPASS_MOCK_USERPOOL.displayName).length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent('QR code ready: scan it with Authing Token');
  });

  it('should follow the token app: scanned (code veiled), then authorized (code gone)', async () => {
    const onAuthorized = vi.fn();
    renderCard({ onAuthorized });
    await settle();

    mock.scan();
    await advance(1_000);
    expect(root()).toHaveAttribute('data-state', 'scanned');
    expect(screen.getAllByText('Scanned: confirm on your phone').length).toBeGreaterThan(0);

    mock.confirm();
    await advance(1_000);
    expect(root()).toHaveAttribute('data-state', 'authorized');
    expect(screen.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
    expect(screen.getAllByText('Confirmed: Fastpass complete').length).toBeGreaterThan(0);
    expect(onAuthorized).toHaveBeenCalledTimes(1);
  });

  it('should offer one Refresh after a cancel, and bring a new code with one request', async () => {
    renderCard();
    await settle();
    const first = mock.latestCode()!.qrcodeId;
    mock.cancel();
    await advance(1_000);
    expect(root()).toHaveAttribute('data-state', 'cancelled');
    expect(screen.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();

    const refresh = screen.getByRole('button', { name: 'Refresh QR code' });
    fireEvent.click(refresh);
    fireEvent.click(refresh);
    await settle();
    expect(root()).toHaveAttribute('data-state', 'pending');
    expect(mock.latestCode()!.qrcodeId).not.toBe(first);
    expect(mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(2);
    expect(document.body).not.toHaveFocus();
  });

  it('should go expired after the lifetime and stay there once auto-refresh is spent', async () => {
    renderCard({ lifetimeMs: 2_000, maxAutoRefresh: 0 });
    await settle();
    await advance(2_000);
    expect(root()).toHaveAttribute('data-state', 'expired');
    expect(screen.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh QR code' })).toBeInTheDocument();
  });

  it.each([
    // A code request that may have reached Authing is never sent again by itself (minting is not idempotent): each of
    // these shows at once, after one request, and the person's Retry sends the next.
    ['network', { type: 'network' } as const, 'You seem to be offline: check your network'],
    ['api', { type: 'envelope-error', statusCode: 500, apiCode: 2224, message: 'x' } as const, 'Something went wrong on the server: try again later'],
    ['invalid-response', { type: 'malformed-json' } as const, 'The server sent something we could not read'],
  ])('should show the %s error with Retry, and recover on Retry', async (_kind, fault, message) => {
    mock.fail(fault, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    renderCard();
    await advance(10_000);
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(screen.getAllByText(message).length).toBeGreaterThan(0);
    expect(mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(root()).toHaveAttribute('data-state', 'pending');
  });

  it('should turn a payload too large for a QR code at the chosen level into an error, not a crash', async () => {
    const user = { ...FASTPASS_MOCK_USER, displayName: '长'.repeat(800) }; // 2400 bytes of UTF-8 in the name alone
    mock.addSession('long-name-token', user);
    const { unmount } = renderCard({ level: 'M' }, { accessToken: 'long-name-token' });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(screen.getAllByText('The server sent something we could not read').length).toBeGreaterThan(0);
    expect(screen.queryByRole('img', { name: /Fastpass QR code/ })).not.toBeInTheDocument();
    unmount();

    // Level L holds more: the same code fits.
    mock.reset();
    mock.addSession('long-name-token', { ...user, displayName: '长'.repeat(700) });
    renderCard({ level: 'L' }, { accessToken: 'long-name-token' });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'pending');
  });

  it('should show the requestId of a server error for support', async () => {
    mock.fail({ type: 'envelope-error', statusCode: 400, apiCode: 2224, message: '用户池不存在' });
    renderCard();
    await settle();
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(screen.getByText(/^Request ID: [0-9a-f-]{36}$/)).toBeInTheDocument();
  });

  it('should show session expired when Authing refuses the token twice', async () => {
    renderCard({}, { accessToken: 'revoked' });
    await settle();
    expect(screen.getAllByText('Your session has expired: sign in again').length).toBeGreaterThan(0);
  });

  it('should show signed-out, or the fallback, and send nothing', async () => {
    const { unmount } = renderCard({}, { accessToken: null });
    await settle();
    expect(root()).toHaveAttribute('data-state', 'signed-out');
    expect(screen.getAllByText('Sign in to use Fastpass').length).toBeGreaterThan(0);
    unmount();
    renderCard({ fallback: <a href="/login">Log in</a> }, { accessToken: null });
    await settle();
    expect(screen.getByRole('link', { name: 'Log in' })).toBeInTheDocument();
    expect(mock.requests).toHaveLength(0);
  });

  it('should use the provider lang by default, and the zh-CN labels without one', async () => {
    const Wrapper = createWrapper(createTestQueryClient());
    render(<FastpassQRCode />, { wrapper: Wrapper });
    await settle();
    expect(
      screen.getByRole('img', { name: `${FASTPASS_MOCK_USER.displayName} 在 ${FASTPASS_MOCK_USERPOOL.displayName} 的快速认证二维码` }),
    ).toBeInTheDocument();
  });

  it('should not touch the code in the DOM while the countdown ticks', async () => {
    renderCard();
    await settle();
    const svg = screen.getByRole('img', { name: CODE_NAME });
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
    const countdown = screen.getByText(/\d+/, { selector: '[data-slot="countdown"]' });
    const before = countdown.textContent;

    await advance(5_000);
    observer.disconnect();
    expect(countdown.textContent).not.toBe(before);
    expect(mutations).toHaveLength(0);
  });
});

describe('given the hook and the countdown leaf composed as the component does', () => {
  /** The code's subtree under a Profiler, the countdown beside it: only the latter may tick. */
  function Card({ onRender }: { onRender: ProfilerOnRenderCallback }) {
    const fastpass = useFastpassQrcode();
    return (
      <>
        <Profiler id="code" onRender={onRender}>
          <QRCodeSVG value={fastpass.payload ?? ''} title="code" />
        </Profiler>
        <FastpassCountdown result={fastpass} />
      </>
    );
  }

  it('should commit the code subtree only when the code changes, not as time passes', async () => {
    const commits: string[] = [];
    render(<Card onRender={(_id, phase) => commits.push(phase)} />, { wrapper: createWrapper(createTestQueryClient()) });
    await settle();
    const afterCode = commits.length;
    expect(screen.getByRole('img', { name: 'code' })).toBeInTheDocument();

    await advance(10_000);
    expect(commits).toHaveLength(afterCode);
  });
});
