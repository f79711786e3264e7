import { normalizeAppHost } from '../api/endpoints';
import type { SignInFastpassOptions } from '../api/schemas';

/** The first element of every query key this library writes: one place to find or drop them all. */
export const FASTPASS_QUERY_SCOPE = 'react-fastpass-qrcode';

export interface FastpassQueryIdentity {
  appHost: string;
  appId: string;
  /** Who is signed in (a session key or a token fingerprint, never the token). */
  session: string;
}

export const fastpassQueryKeys = {
  all: [FASTPASS_QUERY_SCOPE] as const,
  qrcode: (identity: FastpassQueryIdentity, options: SignInFastpassOptions | undefined) =>
    [FASTPASS_QUERY_SCOPE, 'qrcode', { ...normalize(identity), options: options ?? {} }] as const,
  status: (identity: FastpassQueryIdentity, qrcodeId: string) =>
    [FASTPASS_QUERY_SCOPE, 'status', { ...normalize(identity), qrcodeId }] as const,
};

function normalize({ appHost, appId, session }: FastpassQueryIdentity): FastpassQueryIdentity {
  return { appHost: normalizeAppHost(appHost), appId, session };
}

/** Reads the identity back from one of our keys, or undefined for anybody else's key. */
export function identityOfKey(queryKey: readonly unknown[]): FastpassQueryIdentity | undefined {
  if (queryKey[0] !== FASTPASS_QUERY_SCOPE) return undefined;
  const last = queryKey[2];
  return last && typeof last === 'object' && 'session' in last ? (last as FastpassQueryIdentity) : undefined;
}
