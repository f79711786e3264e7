import { createFastpassClient, type FastpassClientConfig } from '../../src/api/client';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../src/testing';

/** A client pointed at the mock Authing as its signed-in user; override any setting. */
export function createMockClient(overrides: Partial<FastpassClientConfig> = {}) {
  return createFastpassClient({
    appHost: FASTPASS_MOCK_APP_HOST,
    appId: FASTPASS_MOCK_APP_ID,
    getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN,
    ...overrides,
  });
}
