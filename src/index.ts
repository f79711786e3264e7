// The public API: the one barrel. Named exports only; `export type` for types.
// No 'use client' here: only the modules that hold hooks or components carry it (as TanStack Query does),
// so that in a React Server Component the client, query options and keys, schemas and the payload
// encoder stay callable, while components and hooks become client references.

// api: Authing's V3 authentication API, framework-free.
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

// query: the lifecycle as data (keys, query options, the session, the result), no React.
export { fastpassQrcodeQueryOptions } from './query/fastpassQrcodeQueryOptions';
export type { FastpassQrcodeQueryConfig } from './query/fastpassQrcodeQueryOptions';
export { fastpassQueryKeys } from './query/fastpassQueryKeys';
export type { FastpassIdentity, FastpassSessionSettings, OnUnauthorized } from './query/session';
export { buildFastpassResult } from './query/buildFastpassResult';
export type { FastpassResultInput } from './query/buildFastpassResult';
export { FastpassState } from './query/fastpassResult';
export type {
  FastpassAuthorizedResult,
  FastpassCancelledResult,
  FastpassErrorResult,
  FastpassExpiredResult,
  FastpassIdleResult,
  FastpassLoadingResult,
  FastpassPendingResult,
  FastpassResultBase,
  FastpassScannedResult,
  FastpassSignedOutResult,
  UseFastpassQrcodeResult,
} from './query/fastpassResult';
export { DEFAULT_LEVEL, QR_BYTE_CAPACITY } from './query/qrCapacity';
export type { FastpassErrorCorrectionLevel } from './query/qrCapacity';

// react: the provider and the hook.
export { FastpassProvider } from './react/FastpassProvider';
export type { FastpassProviderProps } from './react/FastpassProvider';
export { useFastpassQrcode } from './react/useFastpassQrcode';
export {
  DEFAULT_GENERATE,
  DEFAULT_LIFETIME_MS,
  DEFAULT_MAX_AUTO_REFRESH,
  DEFAULT_MAX_POLL_FAILURES,
  DEFAULT_POLL_INTERVAL_MS,
} from './react/useFastpassQrcodeOptions';
export type { FastpassGenerate, UseFastpassQrcodeOptions } from './react/useFastpassQrcodeOptions';

// components: the card and its parts.
export { FastpassQRCode } from './components/FastpassQRCode/FastpassQRCode';
export type { FastpassQRCodeProps } from './components/FastpassQRCode/FastpassQRCode';
export { FastpassQRCodeView } from './components/FastpassQRCode/FastpassQRCodeView';
export type { FastpassQRCodeViewProps } from './components/FastpassQRCode/FastpassQRCodeView';
export {
  DEFAULT_BG_COLOR,
  DEFAULT_COLOR_SCHEME,
  DEFAULT_FG_COLOR,
  DEFAULT_MARGIN_SIZE,
  DEFAULT_SIZE,
  MIN_SUPPORTED_SIZE,
} from './components/FastpassQRCode/defaults';
export type { FastpassColorScheme, FastpassQRCodeDisplayProps, FastpassTheme } from './components/FastpassQRCode/displayProps';
export {
  FASTPASS_LABELS_EN_US,
  FASTPASS_LABELS_JA_JP,
  FASTPASS_LABELS_ZH_CN,
  FASTPASS_LABELS_ZH_TW,
  getFastpassLabels,
} from './components/FastpassQRCode/labels';
export type { FastpassLabels } from './components/FastpassQRCode/labels';
export { FastpassCountdown } from './components/FastpassQRCode/FastpassCountdown';
export type { FastpassCountdownProps } from './components/FastpassQRCode/FastpassCountdown';
export { useFastpassCountdown } from './components/FastpassQRCode/useFastpassCountdown';
export { FastpassAvatar } from './components/FastpassQRCode/FastpassAvatar';
export type { FastpassAvatarProps } from './components/FastpassQRCode/FastpassAvatar';
export { isSafePhotoUrl } from './components/FastpassQRCode/isSafePhotoUrl';
export { getInitials } from './components/FastpassQRCode/getInitials';
export { FastpassSlot } from './components/FastpassQRCode/slots';
export type { FastpassClassNames } from './components/FastpassQRCode/slots';
