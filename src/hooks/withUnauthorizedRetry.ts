import { isFastpassError, type FastpassError } from '../api/errors';

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
