import { setupServer } from 'msw/node';
import { createFastpassMock, type FastpassMockConfig } from '../../src/testing';

/**
 * A mock Authing on msw/node for one test file: unhandled requests fail the test, and the mock's
 * codes, requests and faults are forgotten after each test.
 */
export function setupMockAuthing(config?: FastpassMockConfig) {
  const mock = createFastpassMock(config);
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());
  return { mock, server };
}
