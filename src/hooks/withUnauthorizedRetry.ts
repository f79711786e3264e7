import { FastpassError, isFastpassError } from '../api/errors';

/** Called when Authing says the session is not signed in; refresh the token here. */
export type OnUnauthorized = (error: FastpassError) => unknown;

/**
 * Runs a request; if it fails as `unauthorized`, lets the host application react (refresh its token),
 * then tries exactly once more, reading the token afresh. A second failure is final.
 */
export async function withUnauthorizedRetry<T>(call: () => Promise<T>, onUnauthorized: OnUnauthorized | undefined): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isFastpassError(error) || error.kind !== 'unauthorized') throw error;
    await onUnauthorized?.(error);
    return call();
  }
}

export interface SessionRequestGuard {
  /** The session the request belongs to (the one in its query key). */
  session: string;
  /** False once the provider has moved on to another session. */
  isCurrentSession?: ((session: string) => boolean) | undefined;
  onUnauthorized?: OnUnauthorized | undefined;
}

/**
 * How every query function of this library sends: nothing at all for a session that is no longer
 * current (a component hidden by a suspended boundary has not re-rendered since the switch, and the
 * client would send the new session's token for the old session's code), then the request with its
 * one retry after `unauthorized`.
 */
export function sendForSession<T>(guard: SessionRequestGuard, call: () => Promise<T>): Promise<T> {
  if (guard.isCurrentSession?.(guard.session) === false) {
    return Promise.reject(new FastpassError('aborted', 'The session changed: nothing was sent for the previous session.'));
  }
  return withUnauthorizedRetry(call, guard.onUnauthorized);
}
