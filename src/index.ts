'use client';
// The public API. Named exports only; `export type` for types.
export { createFastpassClient, DEFAULT_TIMEOUT_MS } from './api/client';
export type { AccessTokenGetter, FastpassClient, FastpassClientConfig, FastpassRequestInit } from './api/client';
export { FastpassError, FastpassErrorKind, isFastpassError } from './api/errors';
export type { FastpassErrorDetails } from './api/errors';
export { encodeFastpassPayload } from './api/payload';
export {
  authingEnvelopeSchema,
  fastpassBriefUserInfoSchema,
  fastpassQrcodeInfoSchema,
  fastpassQrcodeStatusSchema,
  FastpassQrcodeStatusValue,
  fastpassUserInfoSchema,
  signInFastpassOptionsSchema,
} from './api/schemas';
export type {
  AuthingEnvelope,
  FastpassBriefUserInfo,
  FastpassQrcodeInfo,
  FastpassQrcodeStatus,
  SignInFastpassOptions,
  FastpassUserInfo,
} from './api/schemas';
