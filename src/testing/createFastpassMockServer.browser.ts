import type { FastpassMockServer, FastpassMockServerOptions } from './mockServerTypes';

/**
 * Starts the mock Authing on a real HTTP port (Node only), for what a service worker cannot reach: a
 * Next.js server, Playwright or Cypress suites in any stack, curl. The handlers of `createFastpassMock`
 * answer, plus CORS, a NestJS-style 404 for unknown paths, a 500 envelope when a handler throws, and
 * control endpoints under `/__fastpass-mock/`. Resolves to `{ url, mock, close }`: `url` is the client's
 * `appHost` and the codes' `apiHost`; `mock` is the `FastpassMock` behind it; `close()` frees the port.
 *
 * Node resolves `react-fastpass-qrcode/testing` (the `node` export condition) to the build that listens.
 * This is the browser build (the testing entry stays browser-safe for Storybook and browser tests): here
 * it rejects with a "runs in Node only" error; in a browser, use `createFastpassMock()` with msw/browser.
 *
 * @example
 * const { url, mock, close } = await createFastpassMockServer({ port: 0 });
 * // appHost: url, appId: FASTPASS_MOCK_APP_ID, access token: FASTPASS_MOCK_ACCESS_TOKEN
 * mock.scan();
 * await close();
 */
export function createFastpassMockServer(options?: FastpassMockServerOptions): Promise<FastpassMockServer> {
  void options;
  return Promise.reject(
    new Error(
      '[react-fastpass-qrcode/testing] createFastpassMockServer runs in Node only (it listens on a TCP port). ' +
        'This bundle resolved the browser build of the testing entry; in a browser, use createFastpassMock() with msw/browser.',
    ),
  );
}
