import { vi, type Mock } from 'vitest';
import { FastpassError, type FastpassErrorKind } from '../../src/api/errors';
import { encodeFastpassPayload } from '../../src/api/payload';
import type { FastpassQrcodeInfo } from '../../src/api/schemas';
import type { FastpassState, UseFastpassQrcodeResult } from '../../src/query/fastpassResult';
import { buildFastpassResult, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL, type FastpassResultScenario } from '../../src/testing';
import { REALISTIC_INFO } from './realisticInfo.js';

export { REALISTIC_INFO };
export const REALISTIC_PAYLOAD = encodeFastpassPayload(REALISTIC_INFO);

/** The code the mock Authing hands out (and `buildFastpassResult` builds with): 张三 in "Authing 示例用户池". */
export const VIEW_INFO: FastpassQrcodeInfo = {
  scene: 'FASTPASS',
  qrcodeId: 'mock-fastpass-1-3f9a2c1b',
  apiHost: FASTPASS_MOCK_APP_HOST,
  user: FASTPASS_MOCK_USER,
  appId: FASTPASS_MOCK_APP_ID,
  userpool: FASTPASS_MOCK_USERPOOL,
};

export type ViewResult<S extends FastpassState> = Extract<UseFastpassQrcodeResult, { state: S }> & {
  refresh: Mock<() => void>;
  show: Mock<() => void>;
  hide: Mock<() => void>;
};

/** What a view test may choose about the result (the testing entry's scenario, minus the actions it spies on). */
export type ViewScenario = Omit<FastpassResultScenario, 'refresh' | 'show' | 'hide'>;

/** A `FastpassError` as the client would raise it. */
export function viewError(kind: FastpassErrorKind, details: { requestId?: string } = {}): FastpassError {
  return new FastpassError(kind, `mock ${kind} failure`, { statusCode: kind === 'api' ? 500 : undefined, ...details });
}

/**
 * The hook's result in the given state, built by the testing entry's `buildFastpassResult` (the hook's own builder),
 * with `refresh`, `show` and `hide` as `vi.fn()`s to assert on.
 */
export function viewResult<S extends FastpassState>(state: S, scenario: ViewScenario = {}): ViewResult<S> {
  const actions = { refresh: vi.fn<() => void>(), show: vi.fn<() => void>(), hide: vi.fn<() => void>() };
  return { ...buildFastpassResult(state, { ...scenario, ...actions }), ...actions };
}

/** Every state, in lifecycle order. */
export const ALL_STATES = ['signed-out', 'idle', 'loading', 'pending', 'scanned', 'authorized', 'cancelled', 'expired', 'error'] as const satisfies readonly FastpassState[];
