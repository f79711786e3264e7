import type { FastpassError } from '../api/errors';

/** Every state a Fastpass QR code goes through, as the card's root `data-state` spells it. */
export type FastpassState = 'signed-out' | 'idle' | 'loading' | 'pending' | 'scanned' | 'authorized' | 'cancelled' | 'expired' | 'error';

/**
 * Why a live code's `payload` is withheld although it is `pending`: nobody can be looking at it. `'page-hidden'`: the
 * tab is in the background or the screen is locked; `'printing'`: the page is being printed (a printout never holds the
 * code). The payload comes back, with no request, the moment the reason ends.
 */
export type FastpassConcealment = 'page-hidden' | 'printing';

/** A person or a user pool as a UI shows it: a name and a photo URL (draw it only if it is safe: `FastpassIdentity` does). */
export interface FastpassDisplayProfile {
  displayName: string;
  photo: string;
}

/**
 * Who the code is about, for a UI to show: the signed-in user and the user pool the code signs in to, by name and
 * photo only. It holds none of the code's identifiers (`qrcodeId`, `apiHost`, `appId`, `scene`, ids): those reach a UI
 * only inside `payload`, so that no field of the result can be drawn as a code where `payload` is withheld or gone.
 */
export interface FastpassDisplayIdentity {
  user: FastpassDisplayProfile;
  userpool: FastpassDisplayProfile;
}

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
  /** True while a new code, asked for by `refresh()` or the automatic refresh, is on its way to replace the old one. */
  isRefreshing: boolean;
  /**
   * True while the document is hidden (a background tab, a locked screen). Nothing is minted then, and a `pending`
   * result withholds its `payload` (`concealed: 'page-hidden'`).
   */
  isPageHidden: boolean;
}

/** No session: nothing was sent. */
export interface FastpassSignedOutResult extends FastpassResultBase {
  state: 'signed-out';
  identity: undefined;
  payload: undefined;
  concealed: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** Signed in, and no code wanted yet (`generate: 'on-demand'`) or any more (after `hide()`): nothing is requested. */
export interface FastpassIdleResult extends FastpassResultBase {
  state: 'idle';
  identity: undefined;
  payload: undefined;
  concealed: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** The first code is on its way (or a refresh replaced the last one). */
export interface FastpassLoadingResult extends FastpassResultBase {
  state: 'loading';
  identity: undefined;
  payload: undefined;
  concealed: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/**
 * A live code, waiting for the token app. `payload`, the string to draw, is there only while the code may be seen:
 * while the page is hidden or printed it is withheld and `concealed` says why. So a UI that draws `payload` when it
 * is there, and nothing else, keeps the code off a background tab and off paper with no code of its own.
 */
export type FastpassPendingResult = FastpassResultBase & {
  state: 'pending';
  identity: FastpassDisplayIdentity;
  error: undefined;
  /** When the code lapses, in ms since the epoch. */
  expiresAt: number;
  scannedBy: undefined;
} & (
    | {
        /** The string to encode in the QR code. */
        payload: string;
        concealed: undefined;
      }
    | {
        payload: undefined;
        /** Why the payload is withheld right now. */
        concealed: FastpassConcealment;
      }
  );

/** The token app scanned the code and waits for the person to confirm on the phone. */
export interface FastpassScannedResult extends FastpassResultBase {
  state: 'scanned';
  identity: FastpassDisplayIdentity;
  /** None: one phone has the code, and nobody else may scan it. */
  payload: undefined;
  concealed: undefined;
  error: undefined;
  expiresAt: number;
  /** Who scanned, when the server says. */
  scannedBy: FastpassDisplayProfile | undefined;
}

/**
 * Confirmed on the phone. Terminal: polling has stopped. The server's final status (its ticket, a token set where
 * configured) is credential material and is not in the result: `onAuthorized(status, identity)` receives it once.
 */
export interface FastpassAuthorizedResult extends FastpassResultBase {
  state: 'authorized';
  identity: FastpassDisplayIdentity;
  payload: undefined;
  concealed: undefined;
  error: undefined;
  expiresAt: undefined;
  /** Who scanned and confirmed, when the server says. */
  scannedBy: FastpassDisplayProfile | undefined;
}

/** Cancelled on the phone: the code is no longer valid and must not be shown as such. */
export interface FastpassCancelledResult extends FastpassResultBase {
  state: 'cancelled';
  identity: FastpassDisplayIdentity;
  payload: undefined;
  concealed: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** Lapsed (the server said EXPIRED, or the local clock passed `expiresAt`): never shown as valid. */
export interface FastpassExpiredResult extends FastpassResultBase {
  state: 'expired';
  identity: FastpassDisplayIdentity;
  payload: undefined;
  concealed: undefined;
  error: undefined;
  expiresAt: undefined;
  scannedBy: undefined;
}

/** A request failed for good (after the retries a poll gets). `identity` is there when a code had arrived. */
export interface FastpassErrorResult extends FastpassResultBase {
  state: 'error';
  identity: FastpassDisplayIdentity | undefined;
  payload: undefined;
  concealed: undefined;
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
