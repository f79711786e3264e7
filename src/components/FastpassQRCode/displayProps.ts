import type { ReactNode } from 'react';
import type { FastpassLabels } from '../../locales/types';
import type { FastpassErrorCorrectionLevel } from '../../query/qrCapacity';
import type { FastpassClassNames } from '../parts/slots';

export type FastpassColorScheme = 'light' | 'dark' | 'auto';

/** Design tokens; each becomes a `--fastpass-<token>` CSS variable on the root (`fontFamily` → `--fastpass-font-family`). */
export interface FastpassTheme {
  /** Buttons and focus rings. */
  accent?: string;
  /** Text on the accent colour. */
  accentForeground?: string;
  /** The card's background. */
  background?: string;
  /** The card's text. */
  foreground?: string;
  /** Secondary text: the user pool, the countdown, hints. */
  muted?: string;
  /** The code area when it holds no code, and skeletons. */
  surface?: string;
  border?: string;
  /** The corner radius of the code area and the buttons (a number is in px); the card's own corner is 1.5 times it. */
  radius?: string | number;
  fontFamily?: string;
  /** Error messages. */
  danger?: string;
  /** The authorized tick. */
  success?: string;
}

/** The props that decide how `<FastpassQRCode>` looks, shared by the component and its view. */
export interface FastpassQRCodeDisplayProps {
  /**
   * The code area's width and height in CSS px; it keeps this box in every state. The code inside is drawn at the
   * largest size up to this where each module is a whole number of device pixels, never under 2 CSS px a module (a
   * code that would be gets a larger plate and a development warning). Smallest supported: 170, what a realistic
   * Authing answer needs at level L. Default: 200.
   */
  size?: number;
  /** The modules' colour. Keep it dark: a development warning flags low contrast and inverted codes. Default: '#000000'. */
  fgColor?: string;
  /** The code's background and quiet zone: a light plate, even in the dark colour scheme. Default: '#ffffff'. */
  bgColor?: string;
  /** Error correction level: the hook checks the payload fits, the code is drawn at it. Use 'Q' or 'H' with `showUserpoolLogo`. Default: 'L'. */
  level?: FastpassErrorCorrectionLevel;
  /** The quiet zone around the code, in modules. Default: 4. */
  marginSize?: number;
  /** The accent colour of buttons and focus rings (`--fastpass-accent`); wins over `theme.accent`. Default: '#215ae5' (from the stylesheet). */
  accentColor?: string;
  /**
   * The corner radius (`--fastpass-radius`, a number in px) of the code area and the buttons: a design system's base
   * radius, as antd's `borderRadius`. The card around them takes 1.5 times it, so that its corner wraps theirs
   * (`radius={12}` draws the card's corner at 18 px); to set the card's corner alone, style the root
   * (`style={{ borderRadius: 12 }}` or `classNames.root`). Wins over `theme.radius`. Default: 8px, the card 12px.
   */
  radius?: string | number;
  /** 'light', 'dark', or 'auto' to follow `prefers-color-scheme`. The code stays on its light plate in every scheme. Default: 'auto'. */
  colorScheme?: FastpassColorScheme;
  /** Design tokens as `--fastpass-*` CSS variables. Default: none (the stylesheet's light and dark tokens). */
  theme?: FastpassTheme;
  /**
   * A locale (`import { jaJP } from 'react-fastpass-qrcode/locales/ja-JP'`) or a few strings to replace. Default: the
   * provider's labels, else the built-in ones for `lang` (zh-CN, or en-US for `en…`).
   */
  labels?: Partial<FastpassLabels>;
  /** Shown in the code area when nobody is signed in, instead of the signed-out message. Default: the `signedOut` label. */
  fallback?: ReactNode;
  /** Draws the user pool's photo (when its URL is safe) in the middle of the code. Default: false. */
  showUserpoolLogo?: boolean;
  /** Extra classes per slot (`root`, `header`, `code`, `veil`, `refresh`, …). Default: none. */
  classNames?: FastpassClassNames;
  /** Drop the library's `fastpass*` classes and keep only `data-slot`/`data-state`, to style from scratch. Default: false. */
  unstyled?: boolean;
}
