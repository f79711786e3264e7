import type { SignInFastpassOptions } from '../api/schemas';
import type { FastpassSessionIdentity } from './session';

/** The first element of every query key this library writes: one place to find or drop them all. */
export const FASTPASS_QUERY_SCOPE = 'react-fastpass-qrcode';

/** The query keys of a code and of its status: the identity (never the token) and what changes the answer. */
export const fastpassQueryKeys = {
  all: [FASTPASS_QUERY_SCOPE] as const,
  qrcode: (identity: FastpassSessionIdentity, options: SignInFastpassOptions | undefined) =>
    [FASTPASS_QUERY_SCOPE, 'qrcode', { ...identity, options: options ?? {} }] as const,
  status: (identity: FastpassSessionIdentity, qrcodeId: string) => [FASTPASS_QUERY_SCOPE, 'status', { ...identity, qrcodeId }] as const,
};
