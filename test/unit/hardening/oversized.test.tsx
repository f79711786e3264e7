import { Component, type ReactNode } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FastpassQRCode, type FastpassQRCodeProps } from '../../../src/components/FastpassQRCode/FastpassQRCode';
import { QR_BYTE_CAPACITY } from '../../../src/query/qrCapacity';
import type { FastpassErrorCorrectionLevel } from '../../../src';
import { encodeFastpassPayload } from '../../../src/api/payload';
import type { FastpassQrcodeInfo } from '../../../src/api/schemas';
import { FASTPASS_MOCK_USER } from '../../../src/testing';
import { advance, createTestQueryClient, createWrapper, installFakeClock, settle } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error === undefined ? this.props.children : <p>crashed: {String(this.state.error)}</p>;
  }
}

function renderCard(props: Partial<FastpassQRCodeProps>, accessToken?: string) {
  return render(
    <Boundary>
      <FastpassQRCode data-testid="card" {...props} />
    </Boundary>,
    { wrapper: createWrapper(createTestQueryClient(), { lang: 'en-US', ...(accessToken ? { accessToken } : {}) }) },
  );
}

const card = () => screen.getByTestId('card');
const TOO_LARGE = 'The server sent something we could not read';
const LEVELS = Object.keys(QR_BYTE_CAPACITY) as FastpassErrorCorrectionLevel[];

describe.each(LEVELS)('given error correction level %s', (level) => {
  const capacity = QR_BYTE_CAPACITY[level];

  it(`should draw a payload of exactly ${capacity} bytes, the most a QR code holds at this level`, async () => {
    renderCard({ level, encode: () => 'x'.repeat(capacity) });
    await settle();
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getByRole('img', { name: /Fastpass QR code/ })).toBeInTheDocument();
  });

  it(`should turn ${capacity + 1} bytes into a clear error with Retry, not a crash`, async () => {
    const errors = vi.spyOn(console, 'error');
    renderCard({ level, encode: () => 'x'.repeat(capacity + 1) });
    await settle();
    expect(screen.queryByText(/crashed/)).not.toBeInTheDocument();
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('status')).toHaveTextContent(TOO_LARGE);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Fastpass QR code/ })).not.toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });

  it('should count UTF-8 bytes, not characters: a multi-byte payload just over capacity is an error', async () => {
    // 3 bytes per character: fewer characters than the capacity, more bytes.
    renderCard({ level, encode: () => '长'.repeat(Math.floor(capacity / 3) + 1) });
    await settle();
    expect(card()).toHaveAttribute('data-state', 'error');
  });
});

describe('given a server whose default payload outgrows a QR code', () => {
  it('should not crash when the code is scanned (a scanned code is no longer drawn, so it is not encoded)', async () => {
    const encode = vi.fn((info: FastpassQrcodeInfo) => (mock.latestCode()?.status === 'SCANNED' ? 'x'.repeat(5_000) : encodeFastpassPayload(info)));
    renderCard({ level: 'H', encode });
    await settle();
    expect(card()).toHaveAttribute('data-state', 'pending');
    mock.scan();
    encode.mockClear();
    await advance(1_000);
    expect(screen.queryByText(/crashed/)).not.toBeInTheDocument();
    expect(card()).toHaveAttribute('data-state', 'scanned');
    expect(encode).not.toHaveBeenCalled();
  });

  it.each(LEVELS)('should end a 3 KB user name in an error at level %s, and recover on Retry once the server answers smaller', async (level) => {
    const errors = vi.spyOn(console, 'error');
    mock.addSession('big-token', { ...FASTPASS_MOCK_USER, displayName: 'n'.repeat(3_000) });
    renderCard({ level }, 'big-token');
    await settle();
    // More than even level L holds: every level must refuse it.
    expect(new TextEncoder().encode(encodeFastpassPayload(mock.latestCode()!.info)).length).toBeGreaterThan(QR_BYTE_CAPACITY.L);
    expect(screen.queryByText(/crashed/)).not.toBeInTheDocument();
    expect(card()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('status')).toHaveTextContent(TOO_LARGE);
    expect(screen.queryByRole('img', { name: /Fastpass QR code/ })).not.toBeInTheDocument();

    mock.addSession('big-token', FASTPASS_MOCK_USER);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(card()).toHaveAttribute('data-state', 'pending');
    expect(screen.getByRole('img', { name: /Fastpass QR code/ })).toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });
});
