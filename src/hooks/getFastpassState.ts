import { FastpassError } from '../api/errors';
import type { FastpassBriefUserInfo, FastpassQrcodeInfo, FastpassQrcodeStatus } from '../api/schemas';
import type { FastpassState } from './fastpassState';
import { isSignedOutError } from './retryPolicy';

export interface FastpassStateInput {
  /** Whether a session is known (a token, a token getter or a session key). */
  signedIn: boolean;
  /** Whether a code is wanted (false before `show()` with `generate: 'on-demand'`, and after `hide()`). */
  wanted: boolean;
  info: FastpassQrcodeInfo | undefined;
  infoError: FastpassError | null;
  status: FastpassQrcodeStatus | undefined;
  /** A poll failure that outlived its retries. */
  statusError: FastpassError | null;
  /** The configured lifetime has passed since the code arrived. */
  lapsed: boolean;
}

export type DerivedFastpassState =
  | { state: 'signed-out' | 'idle' | 'loading' }
  | { state: 'pending' | 'cancelled' | 'expired'; info: FastpassQrcodeInfo }
  | { state: 'scanned'; info: FastpassQrcodeInfo; scannedBy: FastpassBriefUserInfo | undefined }
  | { state: 'authorized'; info: FastpassQrcodeInfo; status: FastpassQrcodeStatus }
  | { state: 'error'; info: FastpassQrcodeInfo | undefined; error: FastpassError };

/**
 * The one place that decides which state a code is in. Pure, so every transition is tested on its own.
 * Order matters: what the server says last wins over the local clock, and a failure wins over an old code.
 */
export function getFastpassState(input: FastpassStateInput): DerivedFastpassState {
  const { info } = input;
  if (!input.signedIn || isSignedOutError(input.infoError)) return { state: 'signed-out' };
  if (!input.wanted) return { state: 'idle' };
  if (input.infoError) return { state: 'error', info: undefined, error: input.infoError };
  if (!info) return { state: 'loading' };

  switch (input.status?.status) {
    case 'AUTHORIZED':
      return { state: 'authorized', info, status: input.status };
    case 'CANCELLED':
      return { state: 'cancelled', info };
    case 'EXPIRED':
      return { state: 'expired', info };
    case 'ERROR':
      return {
        state: 'error',
        info,
        error: new FastpassError('api', 'Authing reported the QR code in status ERROR.'),
      };
  }
  if (input.statusError) return { state: 'error', info, error: input.statusError };
  if (input.lapsed) return { state: 'expired', info };
  if (input.status?.status === 'SCANNED') return { state: 'scanned', info, scannedBy: input.status.briefUserInfo };
  return { state: 'pending', info };
}

/** States whose code is live at Authing (only `pending` shows it); only these poll. */
export function isLiveState(state: FastpassState): state is 'pending' | 'scanned' {
  return state === 'pending' || state === 'scanned';
}
