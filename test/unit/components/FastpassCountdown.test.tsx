import { act, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { FastpassCountdown, FastpassProvider, FastpassQRCodeView } from '../../../src';
import { FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { createTestQueryClient } from '../../utils/fastpassWrapper';
import { viewResult } from '../../utils/viewResults';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('given a live code', () => {
  it('should count the seconds down, once a second', () => {
    render(<FastpassCountdown result={viewResult('pending', { expiresAt: Date.now() + 3_000 })} />);
    expect(screen.getByText('3 秒后过期')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText('2 秒后过期')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByText('0 秒后过期')).toBeInTheDocument();
  });

  it('should format with the function it is given', () => {
    render(<FastpassCountdown result={viewResult('pending', { expiresAt: Date.now() + 61_000 })} format={(s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`} />);
    expect(screen.getByText('1:01')).toBeInTheDocument();
  });

  it("should speak the provider's language when used on its own", () => {
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} lang="en-US">
          <FastpassCountdown result={viewResult('pending', { expiresAt: Date.now() + 89_000 })} />
        </FastpassProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByText('Expires in 89 s')).toBeInTheDocument();
    expect(screen.queryByText(/秒/)).not.toBeInTheDocument();
  });
});

describe('given no live code', () => {
  it.each(['idle', 'loading', 'authorized', 'expired', 'error'] as const)('should show nothing in %s', (state) => {
    const { container } = render(<FastpassCountdown result={viewResult(state)} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('given the view', () => {
  it('should tick the countdown without re-rendering the view that draws the QR code', () => {
    // The view calls codeTitle on every render of its own; only the countdown leaf may tick.
    const codeTitle = vi.fn(() => 'code');
    render(<FastpassQRCodeView result={viewResult('pending', { expiresAt: Date.now() + 120_000 })} labels={{ codeTitle }} />);
    codeTitle.mockClear();
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByText('118 秒后过期')).toBeInTheDocument();
    expect(codeTitle).not.toHaveBeenCalled();
  });

  it('should not put the countdown in the live region, so it is not announced every second', () => {
    render(<FastpassQRCodeView result={viewResult('pending', { expiresAt: Date.now() + 120_000 })} />);
    expect(screen.getByRole('status')).not.toHaveTextContent(/秒/);
  });
});
