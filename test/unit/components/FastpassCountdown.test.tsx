import { act, render, screen } from '@testing-library/react';
import { FastpassCountdown, FastpassQRCodeView } from '../../../src';
import { viewResult } from '../../utils/viewResults';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('given a deadline', () => {
  it('should count the seconds down, once a second', () => {
    render(<FastpassCountdown expiresAt={Date.now() + 3_000} />);
    expect(screen.getByText('3 秒后过期')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText('2 秒后过期')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByText('0 秒后过期')).toBeInTheDocument();
  });

  it('should format with the function it is given', () => {
    render(<FastpassCountdown expiresAt={Date.now() + 61_000} format={(s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`} />);
    expect(screen.getByText('1:01')).toBeInTheDocument();
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
