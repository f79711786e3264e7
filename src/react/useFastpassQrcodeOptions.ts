import type { FastpassQrcodeInfo, FastpassQrcodeStatus } from '../api/schemas';
import type { FastpassDisplayIdentity, FastpassState } from '../query/fastpassResult';
import type { FastpassErrorCorrectionLevel } from '../query/qrCapacity';

// The hook's options and their defaults, apart from the hook: no React here. The defaults are private (the JSDoc of
// each option states it); tests and stories import them from here.

/** Authing's own login UI polls about once a second. */
export const DEFAULT_POLL_INTERVAL_MS = 1_000;
/** Authing's app-scan QR codes live 120 s; the response does not say, so it is configurable. */
export const DEFAULT_LIFETIME_MS = 120_000;
/** Expired codes are replaced automatically this many times, then the person clicks Refresh. */
export const DEFAULT_MAX_AUTO_REFRESH = 3;
/** Polls that must fail in a row before the error shows. */
export const DEFAULT_MAX_POLL_FAILURES = 3;

/**
 * When the first code is minted: `'on-mount'` as soon as the card mounts, `'on-demand'` only when the
 * person asks (`show()`, the card's Show code button). The code is a credential: on an account page,
 * prefer `'on-demand'`.
 */
export type FastpassGenerate = 'on-mount' | 'on-demand';
export const DEFAULT_GENERATE: FastpassGenerate = 'on-mount';

export interface UseFastpassQrcodeOptions {
  /**
   * `'on-mount'` mints a code as soon as the component mounts; `'on-demand'` starts in `idle` and mints
   * one only when `show()` is called. Either way, `hide()` drops the code and returns to `idle`.
   * Default: `'on-mount'`.
   */
  generate?: FastpassGenerate;
  /** Space-separated scopes for the request; must contain `openid`. Default: Authing's. */
  scope?: string;
  /** Passed to Authing Pipeline's `context`. */
  context?: Record<string, unknown>;
  /** Custom user data, as configured in the Authing console. */
  customData?: Record<string, unknown>;
  /** `false` holds every request. Default: `true`. */
  enabled?: boolean;
  /** Milliseconds between status polls. Default: 1000. */
  refetchInterval?: number;
  /** How long a code is valid when the server does not say otherwise, in ms. Default: 120 000. */
  lifetimeMs?: number;
  /** How many expired codes are replaced automatically before Refresh is needed. `0` disables. Default: 3. */
  maxAutoRefresh?: number;
  /** Polls that must fail in a row before the `error` state. Default: 3. */
  maxPollFailures?: number;
  /**
   * Turns the code's data (Authing's answer, which the result never carries) into the string the QR encodes, the
   * result's `payload`. Default: `encodeFastpassPayload`, the answer as compact JSON.
   */
  encode?: (info: FastpassQrcodeInfo) => string;
  /**
   * The error correction level the code will be drawn at (the card draws at this level too): a payload larger than a
   * QR code holds at it is the `error` state, not a crash. Default: 'L', the sparsest code, right for screens.
   */
  level?: FastpassErrorCorrectionLevel;
  /** Called on every change of `state`, with the previous one. */
  onStatusChange?: (state: FastpassState, previous: FastpassState | undefined) => void;
  /**
   * Called once per code when it is authorized, with the server's final status (its ticket, a token set where
   * configured: credential material the result does not carry) and who the code was about.
   */
  onAuthorized?: (status: FastpassQrcodeStatus, identity: FastpassDisplayIdentity) => void;
}
