import jsQR from 'jsqr';
import { page } from 'vitest/browser';

/**
 * Vitest scales its test iframe down when the viewport is taller than the headless window, and a
 * screenshot then holds fewer pixels than CSS px. Call in `beforeAll`: this viewport fits unscaled.
 */
export async function useUnscaledViewport(): Promise<void> {
  await page.viewport(480, 640);
}

/**
 * What a camera would read: a real screenshot of the element (pixels Chromium painted, not React state),
 * decoded with jsQR. `dontInvert` by default, so a code that only scans inverted counts as unreadable.
 */
export async function decodeScreenshot(
  element: Element,
  inversionAttempts: 'dontInvert' | 'attemptBoth' = 'dontInvert',
): Promise<string | null> {
  const base64 = await page.screenshot({ element, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(data, width, height, { inversionAttempts })?.data ?? null;
}

/** Lets CSS animations (the veil's fade-in) finish, so screenshots and contrast checks see the end state. */
export async function settleAnimations(): Promise<void> {
  const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}
