import { FastpassError } from '../api/errors';
import type { FastpassBriefUserInfo, FastpassQrcodeInfo, FastpassQrcodeStatus } from '../api/schemas';
import type { FastpassConcealment, FastpassDisplayIdentity, FastpassDisplayProfile, FastpassResultBase, UseFastpassQrcodeResult } from './fastpassResult';
import { isSignedOutError } from './predicates';
import { checkQrCapacity, type FastpassErrorCorrectionLevel } from './qrCapacity';

/** What decides the result: what the queries and the clock know, and how the code will be drawn. */
export interface FastpassResultInput {
  /** Whether a session is known (a token, a token getter or a session key). */
  signedIn: boolean;
  /** Whether a code is wanted (false before `show()` with `generate: 'on-demand'`, and after `hide()`). */
  wanted: boolean;
  /** The code, once it arrived. */
  info: FastpassQrcodeInfo | undefined;
  /** Why the code did not arrive. */
  infoError: FastpassError | null;
  /** When the code arrived, in ms since the epoch: its lifetime counts from here. */
  issuedAt: number;
  /** How long a code is valid when the server does not say otherwise. */
  lifetimeMs: number;
  /** The last status the server reported for this code. */
  status: FastpassQrcodeStatus | undefined;
  /** A poll failure that outlived its retries. */
  statusError: FastpassError | null;
  /** The local clock says the lifetime has passed. */
  lapsed: boolean;
  /** Turns the code into the string the QR encodes. */
  encode: (info: FastpassQrcodeInfo) => string;
  /** The error correction level the code will be drawn at: a payload too large for it is an error. */
  level: FastpassErrorCorrectionLevel;
  /** Why nobody can be looking at the page now (hidden, printed): a live code's payload is then withheld. */
  concealed: FastpassConcealment | undefined;
}

const NOTHING = { identity: undefined, payload: undefined, concealed: undefined, error: undefined, expiresAt: undefined, scannedBy: undefined } as const;

// One error per ERROR status answer, however often the result is built from it.
const statusErrors = new WeakMap<FastpassQrcodeStatus, FastpassError>();
function errorOfStatus(status: FastpassQrcodeStatus): FastpassError {
  let error = statusErrors.get(status);
  if (!error) statusErrors.set(status, (error = new FastpassError('api', 'Authing reported the QR code in status ERROR.')));
  return error;
}

// Display fields only, picked by name: the code's identifiers (and any field Authing adds) never leave through them.
// One object per answer, so a result built again from the same code is equal field by field.
const identities = new WeakMap<FastpassQrcodeInfo, FastpassDisplayIdentity>();
function identityOf(info: FastpassQrcodeInfo): FastpassDisplayIdentity {
  let identity = identities.get(info);
  if (!identity) identities.set(info, (identity = { user: profileOf(info.user), userpool: profileOf(info.userpool) }));
  return identity;
}
const profiles = new WeakMap<FastpassBriefUserInfo, FastpassDisplayProfile>();
function profileOf(person: FastpassBriefUserInfo): FastpassDisplayProfile {
  let profile = profiles.get(person);
  if (!profile) profiles.set(person, (profile = { displayName: person.displayName, photo: person.photo }));
  return profile;
}
function scannerOf(status: FastpassQrcodeStatus): FastpassDisplayProfile | undefined {
  return status.briefUserInfo && profileOf(status.briefUserInfo);
}

/**
 * The one place that decides what `useFastpassQrcode` returns: the state, and with it the payload (only while
 * `pending`, only while nobody is kept from seeing it, and only if a QR code can hold it), the deadline and who
 * scanned, and who the code is about (names and photos: `identity`; the code's identifiers reach the result only
 * inside `payload`). Pure, so every transition is tested on its own, and typed so that each state carries exactly its own
 * fields. Order matters: what the server says last wins over the local clock, and a failure wins over an old code.
 */
export function deriveFastpassResult(input: FastpassResultInput, base: FastpassResultBase): UseFastpassQrcodeResult {
  const { info, status } = input;
  if (!input.signedIn || isSignedOutError(input.infoError)) return { ...base, ...NOTHING, state: 'signed-out' };
  if (!input.wanted) return { ...base, ...NOTHING, state: 'idle' };
  if (input.infoError) return { ...base, ...NOTHING, state: 'error', error: input.infoError };
  if (!info) return { ...base, ...NOTHING, state: 'loading' };

  const known = { ...base, ...NOTHING, identity: identityOf(info) };
  switch (status?.status) {
    case 'AUTHORIZED':
      return { ...known, state: 'authorized', scannedBy: scannerOf(status) };
    case 'CANCELLED':
      return { ...known, state: 'cancelled' };
    case 'EXPIRED':
      return { ...known, state: 'expired' };
    case 'ERROR':
      return { ...known, state: 'error', error: errorOfStatus(status) };
  }
  if (input.statusError) return { ...known, state: 'error', error: input.statusError };
  if (input.lapsed) return { ...known, state: 'expired' };

  const expiresAt = input.issuedAt + input.lifetimeMs;
  if (status?.status === 'SCANNED') return { ...known, state: 'scanned', expiresAt, scannedBy: scannerOf(status) };
  const payload = input.encode(info);
  const tooLarge = checkQrCapacity(payload, input.level);
  if (tooLarge) return { ...known, state: 'error', error: tooLarge };
  // Withheld, not merely hidden: what is not in the result cannot reach a DOM, a printout or a custom UI.
  if (input.concealed) return { ...known, state: 'pending', expiresAt, concealed: input.concealed };
  return { ...known, state: 'pending', payload, expiresAt };
}
