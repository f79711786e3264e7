import jsQR from 'jsqr';

/** White border added around the drawing, in device pixels: a camera sees the page around the code too. */
const SURROUND = 16;

/**
 * Reads a QR code the way a phone would read the screen: the `<svg>` the page rendered is drawn into a
 * canvas at the size it occupies on screen (in device pixels, with the CSS filter it is shown with, so a
 * blurred, scanned code stays unreadable), and jsQR decodes those pixels. Nothing comes from React state.
 */
export async function decodeRenderedQr(svg: SVGSVGElement): Promise<string | null> {
  const box = svg.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(box.width * ratio);
  const height = Math.round(box.height * ratio);
  if (width === 0 || height === 0) return null;

  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();

  const canvas = document.createElement('canvas');
  canvas.width = width + 2 * SURROUND;
  canvas.height = height + 2 * SURROUND;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('decodeRenderedQr: no 2D canvas context.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const filter = getComputedStyle(svg).filter;
  if (filter && filter !== 'none') context.filter = filter;
  context.imageSmoothingEnabled = false;
  context.drawImage(image, SURROUND, SURROUND, width, height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** The first QR code rendered inside `container`, decoded; null when there is none or it does not read. */
export async function decodeQrIn(container: ParentNode): Promise<string | null> {
  const svg = container.querySelector<SVGSVGElement>('svg[data-slot="qrcode"]');
  return svg ? decodeRenderedQr(svg) : null;
}
