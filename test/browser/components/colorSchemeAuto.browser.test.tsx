import '../../../src/styles.css';
import { render, screen } from '@testing-library/react';
import { commands } from 'vitest/browser';
import { FastpassQRCodeView } from '../../../src';
import { REALISTIC_INFO, REALISTIC_PAYLOAD, viewResult } from '../../utils/viewResults';
import { decodeScreenshot, useUnscaledViewport } from './decodeScreenshot';
import { settleAnimations } from '../../utils/settleAnimations';

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

beforeAll(() => useUnscaledViewport());
afterEach(() => commands.emulateMedia({ colorScheme: 'light' }));

describe('given colorScheme="auto"', () => {
  it.each([
    ['dark', (l: number) => l < 0.2],
    ['light', (l: number) => l > 0.8],
  ] as const)('should follow prefers-color-scheme: %s, and keep the code light and scannable', async (scheme, expected) => {
    await commands.emulateMedia({ colorScheme: scheme });
    render(<FastpassQRCodeView data-testid="card" result={viewResult('pending', { info: REALISTIC_INFO, payload: REALISTIC_PAYLOAD })} colorScheme="auto" />);
    await settleAnimations();
    const card = screen.getByTestId('card');
    expect(getComputedStyle(card).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(expected(luminance(getComputedStyle(card).backgroundColor))).toBe(true);
    // The plate is the code's box, a layout element with no role of its own.
    // eslint-disable-next-line testing-library/no-node-access
    const plate = screen.getByRole('img').parentElement!;
    expect(luminance(getComputedStyle(plate).backgroundColor)).toBeGreaterThan(0.9);
    expect(await decodeScreenshot(card)).toBe(REALISTIC_PAYLOAD);
  });
});
