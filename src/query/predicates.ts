import type { FastpassError } from '../api/errors';
import type { FastpassQrcodeStatus } from '../api/schemas';
import type { FastpassState } from './fastpassResult';

// The questions the lifecycle asks of a status, a state and an error, side by side.

/** Statuses after which nothing changes any more: polling stops. */
export function isTerminalStatus(status: FastpassQrcodeStatus['status'] | undefined): boolean {
  return status === 'AUTHORIZED' || status === 'CANCELLED' || status === 'EXPIRED' || status === 'ERROR';
}

/** States whose code is live at Authing (only `pending` shows it); only these poll. */
export function isLiveState(state: FastpassState): state is 'pending' | 'scanned' {
  return state === 'pending' || state === 'scanned';
}

/** Whether a failure means "nobody is signed in": no token, so nothing was sent. */
export function isSignedOutError(error: FastpassError | null | undefined): boolean {
  return error?.kind === 'unauthorized' && error.httpStatus === undefined;
}
