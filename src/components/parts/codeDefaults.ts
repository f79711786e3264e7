// The code's defaults, as SCREAMING_CASE constants (qrcode.react's habit), private to the package: the JSDoc of each
// prop states its default; tests and stories import them from here.

/** The plate's width and height in CSS px unless `size` says otherwise. */
export const DEFAULT_SIZE = 200;

/**
 * The smallest `size` at which a realistic code keeps 2 CSS px a module: the tests' realistic Authing answer (578
 * bytes: QR version 16 at the default level L, 81 modules) with the quiet zone clipped to 2 modules a side needs
 * 2 × (81 + 4) = 170 px. A test derives it from that payload; a smaller `size` gets a larger plate and a warning.
 */
export const MIN_SUPPORTED_SIZE = 170;

export const DEFAULT_FG_COLOR = '#000000';
export const DEFAULT_BG_COLOR = '#ffffff';

/** The quiet zone, in modules. The QR standard asks for 4; scanners struggle with less. */
export const DEFAULT_MARGIN_SIZE = 4;
