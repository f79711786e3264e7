/**
 * How long the browser's client waits for an answer before kind `timeout`: 12 s. A minting request that times out is
 * never sent again by itself (it may have reached Authing), so this is the whole wait: a hanging Authing is the
 * card's `error`, with Retry, 12 s after the request, within the 15 s a person waits before giving up on a spinner.
 */
export const DEFAULT_TIMEOUT_MS = 12_000;

/**
 * How long the server handler (`react-fastpass-qrcode/server`) waits for Authing before its 504: 8 s. Four seconds
 * under the browser's 12, for the hop from the page to the server and back and for a proxy in between: so the page
 * reads the handler's 504 (and its request id), and does not give up on its own first.
 */
export const DEFAULT_HANDLER_TIMEOUT_MS = 8_000;

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
