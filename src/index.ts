// The public API: the one barrel, small on purpose (every value here is documented on the docs site, docs/*.mdx; `etc/` holds the API report
// that shows every change in review). Named exports only; `export type` for types, which may be generous.
// No 'use client' here: only the modules that hold hooks or components carry it (as TanStack Query does), so that in
// a React Server Component the client, the query options and the payload encoder stay callable, while components
// and hooks become client references.

// api: Authing's V3 authentication API, framework-free.
export { createFastpassClient } from './api/client';
export type { AccessTokenGetter, FastpassClient, FastpassClientConfig, FastpassRequestInit } from './api/client';
export { FastpassError, isFastpassError } from './api/errors';
export type { FastpassErrorDetails, FastpassErrorKind } from './api/errors';
export { encodeFastpassPayload } from './api/payload';
export type {
  AuthingEnvelope,
  FastpassBriefUserInfo,
  FastpassQrcodeInfo,
  FastpassQrcodeStatus,
  FastpassQrcodeStatusValue,
  FastpassUserInfo,
  SignInFastpassOptions,
} from './api/schemas';

// query: the lifecycle as data (keys, query options, prefetching, the result), no React.
export { fastpassQrcodeQueryOptions } from './query/fastpassQrcodeQueryOptions';
export type { FastpassQrcodeQueryConfig, FastpassQrcodeQueryOptions } from './query/fastpassQrcodeQueryOptions';
export { prefetchFastpassQrcode } from './query/prefetchFastpassQrcode';
export type { PrefetchFastpassQrcodeConfig } from './query/prefetchFastpassQrcode';
export { fastpassQueryKeys } from './query/fastpassQueryKeys';
export type { FastpassSessionIdentity, FastpassSessionSettings, OnUnauthorized } from './query/session';
export type {
  FastpassAuthorizedResult,
  FastpassCancelledResult,
  FastpassConcealment,
  FastpassDisplayIdentity,
  FastpassDisplayProfile,
  FastpassErrorResult,
  FastpassExpiredResult,
  FastpassIdleResult,
  FastpassLoadingResult,
  FastpassPendingResult,
  FastpassResultBase,
  FastpassScannedResult,
  FastpassSignedOutResult,
  FastpassState,
  UseFastpassQrcodeResult,
} from './query/fastpassResult';
export type { FastpassErrorCorrectionLevel } from './query/qrCapacity';

// react: the provider and the hook.
export { FastpassProvider } from './react/FastpassProvider';
export type { FastpassProviderProps } from './react/FastpassProvider';
export { useFastpassQrcode } from './react/useFastpassQrcode';
export type { FastpassGenerate, UseFastpassQrcodeOptions } from './react/useFastpassQrcodeOptions';

// components: the card, its layout, and the parts it is made of.
export { FastpassQRCode } from './components/FastpassQRCode/FastpassQRCode';
export type { FastpassQRCodeProps } from './components/FastpassQRCode/FastpassQRCode';
export { FastpassQRCodeView } from './components/FastpassQRCode/FastpassQRCodeView';
export type { FastpassQRCodeViewProps } from './components/FastpassQRCode/FastpassQRCodeView';
export type { FastpassColorScheme, FastpassQRCodeDisplayProps, FastpassTheme } from './components/FastpassQRCode/displayProps';
export { FastpassCode } from './components/parts/FastpassCode';
export type { FastpassCodeProps } from './components/parts/FastpassCode';
export { FastpassIdentity } from './components/parts/FastpassIdentity';
export type { FastpassIdentityProps } from './components/parts/FastpassIdentity';
export { FastpassStatus } from './components/parts/FastpassStatus';
export type { FastpassStatusProps } from './components/parts/FastpassStatus';
export { FastpassActions } from './components/parts/FastpassActions';
export type { FastpassActionsProps } from './components/parts/FastpassActions';
export type { FastpassAction } from './components/parts/fastpassParts';
export { FastpassCountdown } from './components/parts/FastpassCountdown';
export type { FastpassCountdownProps } from './components/parts/FastpassCountdown';
export type { FastpassClassNames, FastpassSlot, FastpassStyleProps } from './components/parts/slots';

// locales: the type of a label set (the sets themselves are imports: react-fastpass-qrcode/locales/ja-JP, …).
export type { FastpassLabels } from './locales/types';
