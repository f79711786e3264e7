import type { FastpassErrorKind } from '../../api/errors';

/** Every string `<FastpassQRCode>` shows or announces. Override any of them with the `labels` prop. */
export interface FastpassLabels {
  /** The QR code's accessible name (its SVG `<title>`), naming whose code it is and for which user pool. */
  codeTitle: (user: string, userpool: string) => string;
  /** The accessible name of the code area, which takes focus after Refresh and Retry. */
  codeRegion: string;
  /** Announced while a code is on its way. */
  loading: string;
  /** Announced when a scannable code is shown. */
  ready: string;
  /** How to use the code, under it. */
  hint: string;
  /** The time left before the code lapses. */
  countdown: (seconds: number) => string;
  /** Over a scanned code. */
  scanned: string;
  /** Who scanned, when the server says. */
  scannedBy: (name: string) => string;
  authorized: string;
  cancelled: string;
  expired: string;
  /** The button that asks for a new code after it was cancelled or expired. */
  refresh: string;
  /** The button that tries again after an error. */
  retry: string;
  /** Shown when nobody is signed in (unless the `fallback` prop replaces it). */
  signedOut: string;
  /** One message per `FastpassError` kind. */
  errors: Record<FastpassErrorKind, string>;
  /** Authing's request id, shown with server errors so that support can find the request. */
  requestId: (id: string) => string;
}

export const FASTPASS_LABELS_ZH_CN: FastpassLabels = {
  codeTitle: (user, userpool) => `${user} 在 ${userpool} 的快速认证二维码`,
  codeRegion: '快速认证二维码',
  loading: '正在生成二维码…',
  ready: '二维码已就绪，请使用 Authing 令牌扫码',
  hint: '打开 Authing 令牌，扫码完成快速认证',
  countdown: (seconds) => `${seconds} 秒后过期`,
  scanned: '扫码成功，请在手机上确认',
  scannedBy: (name) => `扫码人：${name}`,
  authorized: '已确认，快速认证完成',
  cancelled: '已在手机上取消',
  expired: '二维码已过期',
  refresh: '刷新二维码',
  retry: '重试',
  signedOut: '请先登录，再使用快速认证',
  errors: {
    network: '网络连接失败，请检查网络',
    timeout: '请求超时，请稍后重试',
    unauthorized: '登录已过期，请重新登录',
    api: '服务器出错了，请稍后重试',
    'invalid-response': '服务器返回了无法识别的数据',
    aborted: '请求已取消',
  },
  requestId: (id) => `请求 ID：${id}`,
};

export const FASTPASS_LABELS_EN_US: FastpassLabels = {
  codeTitle: (user, userpool) => `Fastpass QR code for ${user} at ${userpool}`,
  codeRegion: 'Fastpass QR code',
  loading: 'Generating the QR code…',
  ready: 'QR code ready: scan it with Authing Token',
  hint: 'Scan with the Authing Token app to sign in with Fastpass',
  countdown: (seconds) => `Expires in ${seconds} s`,
  scanned: 'Scanned: confirm on your phone',
  scannedBy: (name) => `Scanned by ${name}`,
  authorized: 'Confirmed: Fastpass complete',
  cancelled: 'Cancelled on the phone',
  expired: 'The QR code has expired',
  refresh: 'Refresh QR code',
  retry: 'Retry',
  signedOut: 'Sign in to use Fastpass',
  errors: {
    network: 'You seem to be offline: check your network',
    timeout: 'The request timed out: try again',
    unauthorized: 'Your session has expired: sign in again',
    api: 'Something went wrong on the server: try again later',
    'invalid-response': 'The server sent something we could not read',
    aborted: 'The request was cancelled',
  },
  requestId: (id) => `Request ID: ${id}`,
};

/** The built-in labels for a language tag: `en…` is English (en-US), anything else Simplified Chinese (zh-CN). */
export function getFastpassLabels(lang?: string): FastpassLabels {
  return lang?.toLowerCase().startsWith('en') ? FASTPASS_LABELS_EN_US : FASTPASS_LABELS_ZH_CN;
}
