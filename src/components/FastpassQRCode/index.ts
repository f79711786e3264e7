// The presentational layer of <FastpassQRCode>. Named exports only; `export type` for types.
export { FastpassQRCodeView } from './FastpassQRCodeView';
export type { FastpassQRCodeViewProps } from './FastpassQRCodeView';
export {
  DEFAULT_BG_COLOR,
  DEFAULT_COLOR_SCHEME,
  DEFAULT_FG_COLOR,
  DEFAULT_LEVEL,
  DEFAULT_MARGIN_SIZE,
  DEFAULT_SIZE,
  MIN_SUPPORTED_SIZE,
} from './FastpassQRCodeDisplayProps';
export type {
  FastpassColorScheme,
  FastpassErrorCorrectionLevel,
  FastpassQRCodeDisplayProps,
  FastpassTheme,
} from './FastpassQRCodeDisplayProps';
export { FASTPASS_LABELS_EN_US, FASTPASS_LABELS_JA_JP, FASTPASS_LABELS_ZH_CN, FASTPASS_LABELS_ZH_TW, getFastpassLabels } from './labels';
export type { FastpassLabels } from './labels';
export { FastpassCountdown } from './FastpassCountdown';
export type { FastpassCountdownProps } from './FastpassCountdown';
export { FastpassAvatar } from './FastpassAvatar';
export type { FastpassAvatarProps } from './FastpassAvatar';
export { isSafePhotoUrl } from './isSafePhotoUrl';
export { getInitials } from './getInitials';
export { FastpassSlot } from './slots';
export type { FastpassClassNames } from './slots';
