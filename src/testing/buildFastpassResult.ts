import { FastpassError, type FastpassErrorKind } from '../api/errors';
import { encodeFastpassPayload } from '../api/payload';
import type { FastpassBriefUserInfo, FastpassQrcodeInfo, FastpassQrcodeStatus } from '../api/schemas';
import { deriveFastpassResult } from '../query/deriveFastpassResult';
import type { FastpassConcealment, FastpassState, UseFastpassQrcodeResult } from '../query/fastpassResult';
import { FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_OTHER_USER, FASTPASS_MOCK_USER, FASTPASS_MOCK_USERPOOL } from './fixtures';

/** The lifetime the hook gives a code by default, so that a built `expiresAt` reads like a fresh code's. */
const LIFETIME_MS = 120_000;

/** What a view test may choose about a result; everything else is the mock's. */
export interface FastpassResultScenario {
  /** The code's data. Default: the mock's code for 张三 in "Authing 示例用户池". */
  info?: FastpassQrcodeInfo;
  /** The string the code encodes. Default: `info` as compact JSON, as the hook encodes it. */
  payload?: string;
  /** Why an `error` result failed: a `FastpassError`, or just its kind. Default: `'network'`. */
  error?: FastpassError | FastpassErrorKind;
  /** When a live code lapses, in ms since the epoch. Default: a full lifetime (120 s) from now. */
  expiresAt?: number;
  /** Who scanned a `scanned` or `authorized` code. Default: the mock's second user, Li Si. */
  scannedBy?: FastpassBriefUserInfo | undefined;
  /** Why a `pending` code's payload is withheld (`'page-hidden'`, `'printing'`). Default: none: it is drawn. */
  concealed?: FastpassConcealment | undefined;
  /** Called by the result's `refresh()`, `show()`, `hide()`. Default: functions that do nothing. */
  refresh?: () => void;
  show?: () => void;
  hide?: () => void;
}

const nothing = () => {};

/**
 * The result `useFastpassQrcode` returns in `state`, built by the hook's own builder from inputs that lead there, for
 * tests and stories of a UI drawn from the hook or from the parts: no provider, no network, no timers. It throws if
 * the scenario cannot lead to that state (say, an `error` scenario asked for `pending`).
 *
 * @example
 * render(<FastpassCode result={buildFastpassResult('pending')} />);
 * render(<MyFastpassCard fastpass={buildFastpassResult('error', { error: 'timeout' })} />);
 */
export function buildFastpassResult<S extends FastpassState>(state: S, scenario: FastpassResultScenario = {}): Extract<UseFastpassQrcodeResult, { state: S }> {
  const info = scenario.info ?? {
    scene: 'FASTPASS',
    qrcodeId: 'mock-fastpass-1-3f9a2c1b',
    apiHost: FASTPASS_MOCK_APP_HOST,
    user: FASTPASS_MOCK_USER,
    appId: FASTPASS_MOCK_APP_ID,
    userpool: FASTPASS_MOCK_USERPOOL,
  };
  const expiresAt = scenario.expiresAt ?? Date.now() + LIFETIME_MS;
  const scannedBy = 'scannedBy' in scenario ? scenario.scannedBy : { displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo };
  const error =
    scenario.error instanceof FastpassError ? scenario.error : new FastpassError(scenario.error ?? 'network', `A ${scenario.error ?? 'network'} failure.`);
  const status = statusFor(state, scannedBy);
  const result = deriveFastpassResult(
    {
      signedIn: state !== 'signed-out',
      wanted: state !== 'idle',
      info: state === 'loading' ? undefined : info,
      infoError: null,
      issuedAt: expiresAt - LIFETIME_MS,
      lifetimeMs: LIFETIME_MS,
      status,
      statusError: state === 'error' ? error : null,
      lapsed: false,
      encode: scenario.payload === undefined ? encodeFastpassPayload : () => scenario.payload as string,
      // The largest capacity: a test of a view draws any payload it chooses.
      level: 'L',
      concealed: scenario.concealed,
    },
    { refresh: scenario.refresh ?? nothing, show: scenario.show ?? nothing, hide: scenario.hide ?? nothing, isRefreshing: false, isPageHidden: scenario.concealed === 'page-hidden' },
  );
  if (!isIn(result, state)) throw new Error(`buildFastpassResult: this scenario leads to "${result.state}", not "${state}".`);
  return result;
}

function isIn<S extends FastpassState>(result: UseFastpassQrcodeResult, state: S): result is Extract<UseFastpassQrcodeResult, { state: S }> {
  return result.state === state;
}

/** The server's last word for each state that has one. */
function statusFor(state: FastpassState, scannedBy: FastpassBriefUserInfo | undefined): FastpassQrcodeStatus | undefined {
  switch (state) {
    case 'pending':
      return { status: 'PENDING' };
    case 'scanned':
      return scannedBy === undefined ? { status: 'SCANNED' } : { status: 'SCANNED', briefUserInfo: scannedBy };
    case 'authorized':
      return scannedBy === undefined ? { status: 'AUTHORIZED', ticket: 'mock-ticket' } : { status: 'AUTHORIZED', ticket: 'mock-ticket', briefUserInfo: scannedBy };
    case 'cancelled':
      return { status: 'CANCELLED' };
    case 'expired':
      return { status: 'EXPIRED' };
    default:
      return undefined;
  }
}
