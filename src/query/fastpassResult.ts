import type { UseQueryResult } from '@tanstack/react-query';
import type { FastpassError } from '../api/errors';
import type { FastpassBriefUserInfo, FastpassQrcodeInfo, FastpassQrcodeStatus } from '../api/schemas';

/** Every state a Fastpass QR code goes through, as the component's root `data-state` spells it. */
export const FastpassState = {
  SIGNED_OUT: 'signed-out',
  IDLE: 'idle',
  LOADING: 'loading',
  PENDING: 'pending',
  SCANNED: 'scanned',
  AUTHORIZED: 'authorized',
  CANCELLED: 'cancelled',
  EXPIRED: 'expired',
  ERROR: 'error',
} as const;
export type FastpassState = (typeof FastpassState)[keyof typeof FastpassState];

/** What every state has. */
export interface FastpassResultBase {
  /**
   * Asks for a new code, dropping the current one at once so it is never shown again. However many
   * components or clicks call it at the same time, one request goes out.
   */
  refresh: () => void;
  /** Asks for a code (from `idle`): the cache's code if it is still live, else one new request. */
  show: () => void;
  /**
   * Drops the code: it leaves the cache and the screen, polling stops, and the state is `idle` until
   * `show()`. The code stays valid at Authing until it lapses; it is just no longer anywhere to scan.
   */
  hide: () => void;
  /** True while a new code is being fetched to replace an old one. */
  isRefreshing: boolean;
  /**
   * True while the document is hidden (a background tab, a locked screen). Nothing is minted then, and a
   * custom UI should not draw the code (the component shows a placeholder): nobody is looking at it.
   */
  isPageHidden: boolean;
  /** The underlying TanStack queries: an escape hatch, not part of the state machine. */
  queries: {
    info: UseQueryResult<FastpassQrcodeInfo, FastpassError>;
    status: UseQueryResult<FastpassQrcodeStatus, FastpassError>;
  };
}

/** No session: nothing was sent. */
export interface FastpassSignedOutResult extends FastpassResultBase {
  state: 'signed-out';
  info: undefined;
  payload: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** Signed in, and no code wanted yet (`generate: 'on-demand'`) or any more (after `hide()`): nothing is requested. */
export interface FastpassIdleResult extends FastpassResultBase {
  state: 'idle';
  info: undefined;
  payload: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** The first code is on its way (or a refresh replaced the last one). */
export interface FastpassLoadingResult extends FastpassResultBase {
  state: 'loading';
  info: undefined;
  payload: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** A scannable code, waiting for the token app. */
export interface FastpassPendingResult extends FastpassResultBase {
  state: 'pending';
  info: FastpassQrcodeInfo;
  /** The string to encode in the QR code. */
  payload: string;
  error: undefined;
  /** When the code lapses, in ms since the epoch. */
  expiresAt: number;
  scannedBy: undefined;
}

/** The token app scanned the code and waits for the person to confirm on the phone. */
export interface FastpassScannedResult extends FastpassResultBase {
  state: 'scanned';
  info: FastpassQrcodeInfo;
  /** None: one phone has the code, and nobody else may scan it. */
  payload: undefined;
  error: undefined;
  expiresAt: number;
  /** Who scanned, when the server says. */
  scannedBy: FastpassBriefUserInfo | undefined;
}

/** Confirmed on the phone. Terminal: polling has stopped. */
export interface FastpassAuthorizedResult extends FastpassResultBase {
  state: 'authorized';
  info: FastpassQrcodeInfo;
  payload: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: FastpassBriefUserInfo | undefined;
  /** The final status as the server sent it (ticket, token set where configured). */
  status: FastpassQrcodeStatus;
}

/** Cancelled on the phone, or expired: the code is no longer valid and must not be shown as such. */
export interface FastpassCancelledResult extends FastpassResultBase {
  state: 'cancelled';
  info: FastpassQrcodeInfo;
  payload: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

export interface FastpassExpiredResult extends FastpassResultBase {
  state: 'expired';
  info: FastpassQrcodeInfo;
  payload: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** A request failed for good (after the retries a poll gets). `info` is there when a code had arrived. */
export interface FastpassErrorResult extends FastpassResultBase {
  state: 'error';
  info: FastpassQrcodeInfo | undefined;
  payload: undefined;
  error: FastpassError;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** What `useFastpassQrcode` returns: one discriminated union keyed by `state`. */
export type UseFastpassQrcodeResult =
  | FastpassSignedOutResult
  | FastpassIdleResult
  | FastpassLoadingResult
  | FastpassPendingResult
  | FastpassScannedResult
  | FastpassAuthorizedResult
  | FastpassCancelledResult
  | FastpassExpiredResult
  | FastpassErrorResult;
