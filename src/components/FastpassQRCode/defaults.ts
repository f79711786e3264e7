import type { FastpassColorScheme } from './displayProps';

// The card's defaults, as SCREAMING_CASE constants (qrcode.react's habit): the JSDoc of each prop names
// them, and tests and stories use them. `DEFAULT_LEVEL` lives with the capacity check (src/query).

/** The code is drawn this many CSS px wide and high unless `size` says otherwise. */
export const DEFAULT_SIZE = 200;
/**
 * The smallest `size` we test: a typical Authing payload (~430 bytes: QR version 16 at level M, 89 modules
 * with the quiet zone) decodes from a screenshot at 128 px in light and dark schemes. Modules are drawn on
 * whole device pixels, so between 128 and 177 px that code is drawn 89 CSS px wide, the rest of the plate
 * being quiet zone; from 178 px it gets 2 CSS px per module. Prefer 180 px or more where space allows.
 */
export const MIN_SUPPORTED_SIZE = 128;
export const DEFAULT_FG_COLOR = '#000000';
export const DEFAULT_BG_COLOR = '#ffffff';
/** The quiet zone, in modules. The QR standard asks for 4; scanners struggle with less. */
export const DEFAULT_MARGIN_SIZE = 4;
export const DEFAULT_COLOR_SCHEME: FastpassColorScheme = 'auto';
