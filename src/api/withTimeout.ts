/** The default time a request to Authing may take before it fails (the client's kind `timeout`, the server handler's 504). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * A signal that aborts when `outer` does (the caller gave up) or after `timeoutMs`, and afterwards says
 * which of the two fired. Written by hand rather than with `AbortSignal.any` and `AbortSignal.timeout`:
 * `any` is recent (Safari 17.4, 2024), and fake timers cannot drive `AbortSignal.timeout`.
 * Call `dispose()` once the request is over, so that neither the timer nor the listener outlives it.
 */
export function withTimeout(outer: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('Timed out', 'TimeoutError'));
  }, timeoutMs);
  return {
    signal: controller.signal,
    didTimeOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}
