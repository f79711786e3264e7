import type { FastpassMockServer, FastpassMockServerOptions } from './mockServerTypes';

/**
 * The browser face of `createFastpassMockServer`: the testing entry stays browser-safe (Storybook and
 * browser tests bundle it), so `node:http` lives only in the Node entry, which Node and other runtimes
 * with the `node` export condition load instead of this module.
 */
export function createFastpassMockServer(_options?: FastpassMockServerOptions): Promise<FastpassMockServer> {
  return Promise.reject(
    new Error(
      '[react-fastpass-qrcode/testing] createFastpassMockServer runs in Node only (it listens on a TCP port). ' +
        'This bundle resolved the browser build of the testing entry; in a browser, use createFastpassMock() with msw/browser.',
    ),
  );
}
