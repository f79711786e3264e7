import jsQR from 'jsqr';

// The one place where pixels become a QR payload, for every reader of a code in a browser: the browser
// tests (a Playwright screenshot), the stories (the <svg> the page drew) and the bench page (a screenshot
// sent in from Node). Plain DOM and jsQR only, so that Vitest, Storybook's Vite build and the bench
// page's Vite build all bundle it as it is.

/** `dontInvert`: a code that only scans inverted counts as unreadable. `attemptBoth`: a lenient camera. */
export type InversionAttempts = 'dontInvert' | 'attemptBoth';

export interface DrawOptions {
  /** Size to draw the image at, in canvas pixels. Default: its natural size. */
  width?: number;
  height?: number;
  /** White border drawn around the image, in canvas pixels: a camera sees the page around the code too. Default: 0. */
  surround?: number;
  /** A CSS filter to draw with (the one the element is shown with). Default: none. */
  filter?: string;
  /** Turns image smoothing off, so that an image scaled to its on-screen size keeps hard module edges. Default: false. */
  crisp?: boolean;
  /** Default: 'dontInvert'. */
  inversionAttempts?: InversionAttempts;
}

/** The core: draws a decoded image on a canvas (on white, when it has a surround) and reads it with jsQR. */
export function decodeImage(image: HTMLImageElement, options: DrawOptions = {}): string | null {
  const { width = image.naturalWidth, height = image.naturalHeight, surround = 0, filter, crisp = false, inversionAttempts = 'dontInvert' } = options;
  const canvas = document.createElement('canvas');
  canvas.width = width + 2 * surround;
  canvas.height = height + 2 * surround;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('decodeQr: no 2D canvas context.');
  if (surround > 0) {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  if (filter && filter !== 'none') context.filter = filter;
  if (crisp) context.imageSmoothingEnabled = false;
  context.drawImage(image, surround, surround, width, height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts })?.data ?? null;
}

async function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  await image.decode();
  return image;
}

/** A PNG (a screenshot, base64 as Playwright and Vitest give it) decoded at its natural size. */
export async function decodePng(base64: string, inversionAttempts: InversionAttempts = 'dontInvert'): Promise<string | null> {
  return decodeImage(await loadImage(`data:image/png;base64,${base64}`), { inversionAttempts });
}

/** White border added around a drawn `<svg>`, in device pixels. */
const SVG_SURROUND = 16;

/**
 * Reads a QR code the way a phone would read the screen: the `<svg>` the page rendered is drawn into a
 * canvas at the size it occupies on screen (in device pixels, with the CSS filter it is shown with, so a
 * blurred, scanned code stays unreadable), and jsQR decodes those pixels. Nothing comes from React state.
 */
export async function decodeRenderedSvg(svg: SVGSVGElement): Promise<string | null> {
  const box = svg.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(box.width * ratio);
  const height = Math.round(box.height * ratio);
  if (width === 0 || height === 0) return null;

  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`);
  return decodeImage(image, { width, height, surround: SVG_SURROUND, filter: getComputedStyle(svg).filter, crisp: true });
}

/** The first QR code rendered inside `container`, decoded; null when there is none or it does not read. */
export async function decodeQrIn(container: ParentNode): Promise<string | null> {
  const svg = container.querySelector<SVGSVGElement>('svg[data-slot="qrcode"]');
  return svg ? decodeRenderedSvg(svg) : null;
}
