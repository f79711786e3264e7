import { vi, type Mock } from 'vitest';
import { FastpassError, type FastpassErrorKind } from '../../src/api/errors';
import { encodeFastpassPayload } from '../../src/api/payload';
import type { FastpassQrcodeInfo } from '../../src/api/schemas';
import type { FastpassState, UseFastpassQrcodeResult } from '../../src/hooks/fastpassState';
import {
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_USER,
  FASTPASS_MOCK_USERPOOL,
} from '../../src/testing';

/** The code info the mock Authing hands out: 张三 in "Authing 示例用户池", photos as data URLs. */
export const VIEW_INFO: FastpassQrcodeInfo = {
  scene: 'FASTPASS',
  qrcodeId: 'mock-fastpass-1-3f9a2c1b',
  apiHost: FASTPASS_MOCK_APP_HOST,
  user: FASTPASS_MOCK_USER,
  appId: FASTPASS_MOCK_APP_ID,
  userpool: FASTPASS_MOCK_USERPOOL,
};

/**
 * The info as a real Authing sends it, with https photo URLs. Its payload is ~430 bytes (QR version 16 at
 * level M), where the mock's data-URL photos make ~1.2 KB (version 31): the size a real code has to scan at.
 */
export const REALISTIC_INFO: FastpassQrcodeInfo = {
  ...VIEW_INFO,
  qrcodeId: '6f1c2d3e4a5b6c7d8e9f0a1b',
  user: { ...FASTPASS_MOCK_USER, photo: 'https://files.authing.co/authing-console/default-user-avatar.png' },
  userpool: { ...FASTPASS_MOCK_USERPOOL, photo: 'https://files.authing.co/user-contents/photos/9a0b1c2d-3e4f.png' },
};
export const REALISTIC_PAYLOAD = encodeFastpassPayload(REALISTIC_INFO);

export type ViewResult<S extends FastpassState> = Extract<UseFastpassQrcodeResult, { state: S }> & {
  refresh: Mock<() => void>;
  show: Mock<() => void>;
  hide: Mock<() => void>;
};

/** A `FastpassError` as the client would raise it. */
export function viewError(kind: FastpassErrorKind, details: { requestId?: string } = {}): FastpassError {
  return new FastpassError(kind, `mock ${kind} failure`, { statusCode: kind === 'api' ? 500 : undefined, ...details });
}

/**
 * A hook result in the given state, with realistic data, for view tests: `refresh` is a `vi.fn()`, the
 * code expires two minutes from now, and `queries` is an empty stand-in (the view never reads it).
 */
export function viewResult<S extends FastpassState>(
  state: S,
  overrides: Partial<Omit<ViewResult<S>, 'state'>> = {},
): ViewResult<S> {
  const info = overrides.info ?? VIEW_INFO;
  const hasCode = state === 'pending';
  const isLive = state === 'pending' || state === 'scanned';
  const hasInfo = state !== 'signed-out' && state !== 'idle' && state !== 'loading';
  const base = {
    state,
    refresh: vi.fn<() => void>(),
    show: vi.fn<() => void>(),
    hide: vi.fn<() => void>(),
    isRefreshing: false,
    isPageHidden: false,
    queries: {} as UseFastpassQrcodeResult['queries'],
    info: hasInfo ? info : undefined,
    payload: hasCode ? encodeFastpassPayload(info) : undefined,
    error: state === 'error' ? viewError('network') : undefined,
    expiresAt: isLive ? Date.now() + 120_000 : undefined,
    scannedBy: state === 'scanned' ? { displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo } : undefined,
    ...(state === 'authorized' ? { status: { status: 'AUTHORIZED', ticket: 'mock-ticket' } } : {}),
  };
  return { ...base, ...overrides } as unknown as ViewResult<S>;
}

/** Every state, in lifecycle order. */
export const ALL_STATES = ['signed-out', 'idle', 'loading', 'pending', 'scanned', 'authorized', 'cancelled', 'expired', 'error'] as const satisfies readonly FastpassState[];
