/** Below this contrast ratio between `fgColor` and `bgColor`, phone cameras start to miss codes. */
export const MIN_CODE_CONTRAST = 4;

type Rgb = readonly [number, number, number];

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()` and `rgba()`; anything else is undefined. */
export function parseColor(color: string): Rgb | undefined {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex !== undefined) {
    const full = hex.length <= 4 ? hex.replace(/./g, (c) => c + c) : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(value);
  if (rgb === null) return undefined;
  const channels = [rgb[1], rgb[2], rgb[3]].map(Number);
  return channels.every((c) => c <= 255) ? (channels as unknown as Rgb) : undefined;
}

/** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours (1 to 21), or undefined when either cannot be parsed. */
export function getContrastRatio(a: string, b: string): number | undefined {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (ca === undefined || cb === undefined) return undefined;
  const [light, dark] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const warned = new Set<string>();

/**
 * Warns once per colour pair when a code would scan badly: too little contrast, or an inverted code (modules
 * lighter than the background), which many scanners cannot read. Colours it cannot parse are left alone: rather
 * default to something than throw. Call it behind `process.env.NODE_ENV !== 'production'`, so that bundlers drop
 * it (and this module) from production builds.
 */
export function warnOnPoorCodeContrast(fgColor: string, bgColor: string): void {
  const key = `${fgColor}|${bgColor}`;
  if (warned.has(key)) return;
  const fg = parseColor(fgColor);
  const bg = parseColor(bgColor);
  if (fg === undefined || bg === undefined) return;
  const ratio = getContrastRatio(fgColor, bgColor) ?? 21;
  const inverted = relativeLuminance(fg) > relativeLuminance(bg);
  if (ratio >= MIN_CODE_CONTRAST && !inverted) return;
  warned.add(key);
  console.warn(
    `[react-fastpass-qrcode] fgColor ${fgColor} on bgColor ${bgColor} ` +
      (inverted
        ? 'is an inverted code (modules lighter than the background); many scanners cannot read it. Use a dark fgColor on a light bgColor.'
        : `has a contrast ratio of ${ratio.toFixed(2)}:1; phone cameras need at least ${MIN_CODE_CONTRAST}:1 to scan reliably.`),
  );
}
