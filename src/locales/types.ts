import type { FastpassErrorKind } from '../api/errors';

/**
 * Every string the card and its parts show or announce. A locale (`react-fastpass-qrcode/locales/ja-JP` → `jaJP`) is a
 * complete set; the `labels` prop of the provider or the card takes a locale, or a few strings to replace.
 */
export interface FastpassLabels {
  /** The QR code's accessible name (its SVG `<title>`), naming whose code it is and for which user pool. */
  codeTitle: (user: string, userpool: string) => string;
  /** The accessible name of the code area, which takes focus after Refresh and Retry. */
  codeRegion: string;
  /** Announced while a code is on its way. */
  loading: string;
  /**
   * Shown under the skeleton, and announced, once a code has been on its way for a few seconds (Authing is slow or
   * hangs; the error with Retry follows when the request times out). Optional, so that a complete label set written
   * before it stays complete: without it, no line shows.
   */
  stillLoading?: string;
  /** Announced when a scannable code is shown. */
  ready: string;
  /** How to use the code, under it. */
  hint: string;
  /** The time left before the code lapses. */
  countdown: (seconds: number) => string;
  /** Over a scanned code. */
  scanned: string;
  /** Who scanned, when the server says. */
  scannedBy: (name: string) => string;
  authorized: string;
  cancelled: string;
  expired: string;
  /** The button that asks for a new code after it was cancelled or expired. */
  refresh: string;
  /** The button that tries again after an error. */
  retry: string;
  /** In `idle`: what the code does, above the Show button. */
  idle: string;
  /** The button that asks for a code (in `idle`). */
  show: string;
  /** The button that takes the code away (while one is live). */
  hide: string;
  /** Where the code was, while the page is in the background (the code is out of the DOM then). */
  hiddenInBackground: string;
  /** Where the code was, on paper: a printout never holds the code. */
  printed: string;
  /** Under a scanned code, for the person who did not scan it. */
  notYou: string;
  /** Shown when nobody is signed in (unless the `fallback` prop replaces it). */
  signedOut: string;
  /** One message per `FastpassError` kind. */
  errors: Record<FastpassErrorKind, string>;
  /** Authing's request id, shown with server errors so that support can find the request. */
  requestId: (id: string) => string;
}
