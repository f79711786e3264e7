import type { FastpassMock, FastpassMockConfig } from './createFastpassMock';

/**
 * Options of {@link createFastpassMockServer}: where to listen, plus every option of `createFastpassMock`
 * except `appHost` (the server's own address) and `photoBase` (the photos are inline `data:` URLs, which a page's
 * `img-src 'self' https: data:` allows).
 */
export interface FastpassMockServerOptions extends Omit<FastpassMockConfig, 'appHost' | 'photoBase'> {
  /** The TCP port to listen on; 0 takes any free port (read it from `url`). Default: 0. */
  port?: number;
  /**
   * The interface to listen on. Default: `"127.0.0.1"`. The client accepts an `http:` `apiHost` on
   * loopback hosts only (`localhost`, `127.0.0.1`, `[::1]`): on any other host, put https in front of the
   * server (a TLS-terminating proxy) and pass that https origin as `apiHost`.
   */
  host?: string;
  /**
   * `apiHost` of every code. Default: the server's `url` (an https origin in front of it, when there is
   * one, belongs here).
   */
  apiHost?: string;
  /**
   * Serve the control endpoints under `/__fastpass-mock/` (the state, the token app's moves, faults and
   * reset over HTTP, for suites that cannot call `mock` directly). Default: true.
   */
  controlEndpoints?: boolean;
  /** The largest request body the server reads; a larger one is answered HTTP 413. Default: 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Called with whatever escaped a handler (the request was answered with a 500 envelope and the server
   * keeps serving). Default: logs it with `console.error`.
   */
  onError?: (error: unknown) => void;
}

/** A running mock Authing over HTTP. */
export interface FastpassMockServer {
  /**
   * The server's base URL, e.g. `http://127.0.0.1:4010`: give it to the client as `appHost`. Codes
   * name it as their `apiHost` unless `apiHost` was given.
   */
  readonly url: string;
  /**
   * The mock behind it, the same object `createFastpassMock` returns: `requests` holds the newest requests
   * the server received (`maxRequests`), and `scan()`, `confirm()`, `fail()`… change what it answers.
   */
  readonly mock: FastpassMock;
  /** Stops listening, drops open connections (aborting requests in flight) and frees the port. */
  close(): Promise<void>;
}
