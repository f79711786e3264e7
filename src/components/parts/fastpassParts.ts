import type { FastpassLabels } from '../../locales/types';
import type { FastpassState, UseFastpassQrcodeResult } from '../../query/fastpassResult';

/** A button a part offers: ask for a code, replace a dead one, try again, take a live one away. */
export type FastpassAction = 'show' | 'refresh' | 'retry' | 'hide';

/** The labels that name a state's message. */
type MessageLabel = 'signedOut' | 'idle' | 'hint' | 'scanned' | 'authorized' | 'cancelled' | 'expired';
/** The labels that announce a state. */
type AnnouncementLabel = MessageLabel | 'loading' | 'ready';

/** What one state shows in each slot; a slot left out shows nothing. */
interface FastpassStateRow {
  /**
   * The code area: the QR code (while the result carries a payload: a concealed code shows the placeholder), a
   * skeleton while loading, or the hollow placeholder that is never a code.
   */
  code?: 'qrcode' | 'skeleton' | 'placeholder';
  /** The state's message: a label, or the error's own message. */
  message?: MessageLabel | 'error';
  /** Lines under the message, each shown when the result has what it needs. */
  details?: ReadonlyArray<'scannedBy' | 'notYou' | 'requestId'>;
  /** The success tick. */
  icon?: true;
  actions?: readonly FastpassAction[];
  /** What the polite live region says on entering the state. */
  announce: AnnouncementLabel | 'error';
}

/**
 * The one table of what each state shows, read by every part (as Zag.js's `connect` derives every part from the
 * state). A new state is a type, a case in the result's builder and one row here; the parts follow.
 */
const FASTPASS_STATE_ROWS: Record<FastpassState, FastpassStateRow> = {
  'signed-out': { message: 'signedOut', announce: 'signedOut' },
  idle: { code: 'placeholder', message: 'idle', actions: ['show'], announce: 'idle' },
  loading: { code: 'skeleton', announce: 'loading' },
  pending: { code: 'qrcode', message: 'hint', actions: ['hide'], announce: 'ready' },
  scanned: { code: 'placeholder', message: 'scanned', details: ['scannedBy', 'notYou'], actions: ['hide'], announce: 'scanned' },
  authorized: { message: 'authorized', icon: true, announce: 'authorized' },
  cancelled: { code: 'placeholder', message: 'cancelled', actions: ['refresh'], announce: 'cancelled' },
  expired: { code: 'placeholder', message: 'expired', actions: ['refresh'], announce: 'expired' },
  error: { message: 'error', details: ['requestId'], actions: ['retry'], announce: 'error' },
};

/** What the parts draw for one result, in the words of `labels`. */
export interface FastpassParts {
  /** What the code area draws; `'qrcode'` only while the result carries a payload. */
  code: 'qrcode' | 'skeleton' | 'placeholder' | undefined;
  /** The message, and the slot it takes: `hint` beside a drawn code, `error` for failures, `status` otherwise. */
  message: { slot: 'status' | 'error' | 'hint'; text: string } | undefined;
  details: string[];
  icon: boolean;
  actions: readonly FastpassAction[];
  announcement: string;
}

/** The message for an error kind; a kind these labels do not know reads as a server error. */
function errorMessage(kind: string, labels: FastpassLabels): string {
  return (labels.errors as Record<string, string | undefined>)[kind] ?? labels.errors.api;
}

/** Every part's content for `result`: the table's row, filled in from the result. */
export function connectFastpass(result: UseFastpassQrcodeResult, labels: FastpassLabels): FastpassParts {
  const row = FASTPASS_STATE_ROWS[result.state];
  // A concealed code says why it is not there, in place of the hint.
  const concealed = result.concealed && (result.concealed === 'printing' ? labels.printed : labels.hiddenInBackground);
  const error = result.error && errorMessage(result.error.kind, labels);
  const message =
    concealed !== undefined
      ? ({ slot: 'status', text: concealed } as const)
      : row.message === 'error'
        ? error === undefined ? undefined : ({ slot: 'error', text: error } as const)
        : row.message && ({ slot: row.message === 'hint' ? 'hint' : 'status', text: labels[row.message] } as const);
  const details = (row.details ?? []).flatMap((detail) => {
    if (detail === 'notYou') return [labels.notYou];
    if (detail === 'scannedBy') return result.scannedBy ? [labels.scannedBy(result.scannedBy.displayName)] : [];
    return result.error?.requestId === undefined ? [] : [labels.requestId(result.error.requestId)];
  });
  return {
    code: row.code === 'qrcode' && result.payload === undefined ? 'placeholder' : row.code,
    message,
    details,
    icon: row.icon === true,
    actions: row.actions ?? [],
    announcement: concealed ?? (row.announce === 'error' ? (error ?? labels.errors.api) : labels[row.announce]),
  };
}
