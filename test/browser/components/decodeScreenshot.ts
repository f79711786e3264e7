import { page } from 'vitest/browser';
import { decodePng, type InversionAttempts } from '../../utils/decodeQr';

/**
 * Vitest scales its test iframe down when the viewport is taller than the headless window, and a
 * screenshot then holds fewer pixels than CSS px. Call in `beforeAll`: this viewport fits unscaled.
 */
export async function useUnscaledViewport(): Promise<void> {
  await page.viewport(480, 640);
}

/**
 * What a camera would read: a real screenshot of the element (pixels Chromium painted, not React state),
 * decoded by the shared reader (`test/utils/decodeQr.ts`). `dontInvert` by default, so a code that only
 * scans inverted counts as unreadable.
 */
export async function decodeScreenshot(element: Element, inversionAttempts: InversionAttempts = 'dontInvert'): Promise<string | null> {
  return decodePng(await page.screenshot({ element, save: false }), inversionAttempts);
}
