import { vi, type Mock } from 'vitest';
import { FastpassError, type FastpassErrorKind } from '../../src/api/errors';
import { encodeFastpassPayload } from '../../src/api/payload';
import type { FastpassBriefUserInfo, FastpassQrcodeInfo, FastpassQrcodeStatus } from '../../src/api/schemas';
import { buildFastpassResult } from '../../src/query/buildFastpassResult';
import type { FastpassResultBase, FastpassState, UseFastpassQrcodeResult } from '../../src/query/fastpassResult';
import { DEFAULT_LIFETIME_MS } from '../../src/react/useFastpassQrcodeOptions';
import {
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_USER,
  FASTPASS_MOCK_USERPOOL,
} from '../../src/testing';
import { REALISTIC_INFO } from './realisticInfo.js';

export { REALISTIC_INFO };
export const REALISTIC_PAYLOAD = encodeFastpassPayload(REALISTIC_INFO);

/** The code the mock Authing hands out: 张三 in "Authing 示例用户池", with the mock's short photo URLs. */
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

/** What a view test may choose about the result; everything else is the mock's realistic default. */
export interface ViewScenario {
  /** The code's data. Default: `VIEW_INFO`. */
  info?: FastpassQrcodeInfo;
  /** The string the code encodes (the hook's `encode`). Default: the code's data as compact JSON. */
  payload?: string;
  /** Why a `error` result failed. Default: a network error. */
  error?: FastpassError;
  /** When a live code lapses. Default: a full lifetime from now. */
  expiresAt?: number;
  /** Who scanned a `scanned` code. Default: Li Si; `undefined` when the server does not say. */
  scannedBy?: FastpassBriefUserInfo | undefined;
  /** The document is hidden. Default: false. */
  isPageHidden?: boolean;
}

/** A `FastpassError` as the client would raise it. */
export function viewError(kind: FastpassErrorKind, details: { requestId?: string } = {}): FastpassError {
  return new FastpassError(kind, `mock ${kind} failure`, { statusCode: kind === 'api' ? 500 : undefined, ...details });
}

/** The server's last word for each state that has one. */
function statusFor(state: FastpassState, scenario: ViewScenario): FastpassQrcodeStatus | undefined {
  const scannedBy = 'scannedBy' in scenario ? scenario.scannedBy : { displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo };
  switch (state) {
    case 'pending':
      return { status: 'PENDING' };
    case 'scanned':
      return scannedBy === undefined ? { status: 'SCANNED' } : { status: 'SCANNED', briefUserInfo: scannedBy };
    case 'authorized':
      return { status: 'AUTHORIZED', ticket: 'mock-ticket' };
    case 'cancelled':
      return { status: 'CANCELLED' };
    case 'expired':
      return { status: 'EXPIRED' };
    default:
      return undefined;
  }
}

function isIn<S extends FastpassState>(result: UseFastpassQrcodeResult, state: S): result is Extract<UseFastpassQrcodeResult, { state: S }> {
  return result.state === state;
}

/**
 * The hook's result in the given state, for view tests, built by the hook's own builder from the inputs
 * that lead there: `refresh`, `show` and `hide` are `vi.fn()`s, and `queries` is an empty stand-in (the
 * view never reads it).
 */
export function viewResult<S extends FastpassState>(state: S, scenario: ViewScenario = {}): ViewResult<S> {
  const info = scenario.info ?? VIEW_INFO;
  const payload = scenario.payload;
  const expiresAt = scenario.expiresAt ?? Date.now() + DEFAULT_LIFETIME_MS;
  const controls = {
    refresh: vi.fn<() => void>(),
    show: vi.fn<() => void>(),
    hide: vi.fn<() => void>(),
    isRefreshing: false,
    isPageHidden: scenario.isPageHidden ?? false,
    queries: {} as FastpassResultBase['queries'],
  };
  const result = buildFastpassResult(
    {
      signedIn: state !== 'signed-out',
      wanted: state !== 'idle',
      info: state === 'loading' ? undefined : info,
      infoError: null,
      issuedAt: expiresAt - DEFAULT_LIFETIME_MS,
      lifetimeMs: DEFAULT_LIFETIME_MS,
      status: statusFor(state, scenario),
      statusError: state === 'error' ? (scenario.error ?? viewError('network')) : null,
      lapsed: false,
      encode: payload === undefined ? encodeFastpassPayload : () => payload,
      // The largest capacity: a view test draws at its own level, and tests capacity through the hook.
      level: 'L',
    },
    controls,
  );
  if (!isIn(result, state)) throw new Error(`viewResult: these inputs lead to ${result.state}, not ${state}.`);
  return { ...result, ...controls };
}

/** Every state, in lifecycle order. */
export const ALL_STATES = ['signed-out', 'idle', 'loading', 'pending', 'scanned', 'authorized', 'cancelled', 'expired', 'error'] as const satisfies readonly FastpassState[];
