// The public API. Named exports only; `export type` for types.
// No 'use client' here: only the modules that hold hooks or components carry it (as TanStack Query does),
// so that in a React Server Component the client, query options and keys, schemas and the payload
// encoder stay callable, while components and hooks become client references.
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
export { FastpassProvider } from './hooks/FastpassProvider';
export type { FastpassProviderProps } from './hooks/FastpassProvider';
export { useFastpassQrcode } from './hooks/useFastpassQrcode';
export {
  DEFAULT_GENERATE,
  DEFAULT_LIFETIME_MS,
  DEFAULT_MAX_AUTO_REFRESH,
  DEFAULT_MAX_POLL_FAILURES,
  DEFAULT_POLL_INTERVAL_MS,
} from './hooks/useFastpassQrcodeOptions';
export type { FastpassGenerate, UseFastpassQrcodeOptions } from './hooks/useFastpassQrcodeOptions';
export { fastpassQrcodeQueryOptions } from './hooks/fastpassQrcodeQueryOptions';
export type { FastpassQrcodeQueryConfig } from './hooks/fastpassQrcodeQueryOptions';
export { fastpassQueryKeys } from './hooks/fastpassQueryKeys';
export { useFastpassCountdown } from './hooks/useFastpassCountdown';
export { getFastpassState } from './hooks/getFastpassState';
export type { FastpassStateInput } from './hooks/getFastpassState';
export { FastpassState } from './hooks/fastpassState';
export type {
  FastpassAuthorizedResult,
  FastpassCancelledResult,
  FastpassErrorResult,
  FastpassExpiredResult,
  FastpassIdleResult,
  FastpassLoadingResult,
  FastpassPendingResult,
  FastpassScannedResult,
  FastpassSignedOutResult,
  UseFastpassQrcodeResult,
} from './hooks/fastpassState';
export type { OnUnauthorized } from './hooks/withUnauthorizedRetry';
export { FastpassQRCode } from './components/FastpassQRCode/FastpassQRCode';
export type { FastpassQRCodeProps } from './components/FastpassQRCode/FastpassQRCode';
export {
  FastpassAvatar,
  FastpassCountdown,
  FastpassQRCodeView,
  FASTPASS_LABELS_EN_US,
  FASTPASS_LABELS_JA_JP,
  FASTPASS_LABELS_ZH_CN,
  FASTPASS_LABELS_ZH_TW,
  getFastpassLabels,
  getInitials,
  isSafePhotoUrl,
  FastpassSlot,
  DEFAULT_BG_COLOR,
  DEFAULT_COLOR_SCHEME,
  DEFAULT_FG_COLOR,
  DEFAULT_LEVEL,
  DEFAULT_MARGIN_SIZE,
  DEFAULT_SIZE,
  MIN_SUPPORTED_SIZE,
} from './components/FastpassQRCode';
export type {
  FastpassAvatarProps,
  FastpassClassNames,
  FastpassCountdownProps,
  FastpassLabels,
  FastpassQRCodeViewProps,
  FastpassColorScheme,
  FastpassErrorCorrectionLevel,
  FastpassQRCodeDisplayProps,
  FastpassTheme,
} from './components/FastpassQRCode';
