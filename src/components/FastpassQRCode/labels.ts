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
  /** In `idle`: what the code does, above the Show button. */
  idle: string;
  /** The button that asks for a code (in `idle`). */
  show: string;
  /** The button that takes the code away (while one is live). */
  hide: string;
  /** Where the code was, while the page is in the background (the code is out of the DOM then). */
  hiddenInBackground: string;
  /** Where the code was, on paper: a printout never holds the code. */
  printed: string;
  /** Under a scanned code, for the person who did not scan it. */
  notYou: string;
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
  idle: '扫描此二维码的人，将在其手机上登录你的账号',
  show: '显示二维码',
  hide: '隐藏二维码',
  hiddenInBackground: '页面在后台时，二维码已隐藏',
  printed: '二维码不会被打印',
  notYou: '不是你本人扫码？请立即修改密码',
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
  idle: 'Whoever scans this code is signed in to your account on their phone',
  show: 'Show code',
  hide: 'Hide code',
  hiddenInBackground: 'The code is hidden while this page is in the background',
  printed: 'The QR code is not printed',
  notYou: 'Not you? Change your password now',
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

// Traditional Chinese as written in Taiwan. The product words are the ones Authing's Guard zh-TW locale uses:
// the app is "Authing 權杖" (Guard writes it unspaced; spaced here like our zh-CN "Authing 令牌"), the feature
// 快速認證. Everyday words follow Taiwan usage (QR Code, 掃描, 登入, 網路, 伺服器, 資料, 逾時), where Guard's
// zh-TW still carries mainland ones (二維碼, 掃碼). The App Store lists the app as "Authing 令牌"; a search
// for "Authing" finds it under either name.
export const FASTPASS_LABELS_ZH_TW: FastpassLabels = {
  codeTitle: (user, userpool) => `${user} 在 ${userpool} 的快速認證 QR Code`,
  codeRegion: '快速認證 QR Code',
  loading: '正在產生 QR Code…',
  ready: 'QR Code 已就緒，請使用 Authing 權杖掃描',
  hint: '開啟 Authing 權杖，掃描 QR Code 完成快速認證',
  countdown: (seconds) => `${seconds} 秒後過期`,
  scanned: '掃描成功，請在手機上確認',
  scannedBy: (name) => `掃描者：${name}`,
  authorized: '已確認，快速認證完成',
  cancelled: '已在手機上取消',
  expired: 'QR Code 已過期',
  refresh: '更新 QR Code',
  retry: '重試',
  idle: '掃描此 QR Code 的人，將在其手機上登入你的帳號',
  show: '顯示 QR Code',
  hide: '隱藏 QR Code',
  hiddenInBackground: '頁面在背景時，QR Code 已隱藏',
  printed: 'QR Code 不會被列印',
  notYou: '不是你本人掃描？請立即變更密碼',
  signedOut: '請先登入，再使用快速認證',
  errors: {
    network: '網路連線失敗，請檢查網路',
    timeout: '請求逾時，請稍後再試',
    unauthorized: '登入已過期，請重新登入',
    api: '伺服器發生錯誤，請稍後再試',
    'invalid-response': '伺服器傳回了無法辨識的資料',
    aborted: '請求已取消',
  },
  requestId: (id) => `請求 ID：${id}`,
};

// Japanese, in the polite style. The product words are the ones Authing's Guard ja-JP locale uses: the app is
// "Authingトークン", the feature クイック認証. Everyday words follow Japanese UI usage (QRコード, スキャン,
// 再試行) where Guard's ja-JP is literal. The App Store lists the app as "Authing 令牌" (see zh-TW).
export const FASTPASS_LABELS_JA_JP: FastpassLabels = {
  codeTitle: (user, userpool) => `${user}（${userpool}）のクイック認証QRコード`,
  codeRegion: 'クイック認証QRコード',
  loading: 'QRコードを生成しています…',
  ready: 'QRコードを表示しました。Authingトークンでスキャンしてください',
  hint: 'Authingトークンでスキャンして、クイック認証を完了してください',
  countdown: (seconds) => `あと${seconds}秒で期限切れ`,
  scanned: 'スキャンしました。スマートフォンで確認してください',
  scannedBy: (name) => `スキャンしたユーザー：${name}`,
  authorized: 'クイック認証が完了しました',
  cancelled: 'スマートフォンでキャンセルされました',
  expired: 'QRコードの有効期限が切れました',
  refresh: 'QRコードを更新',
  retry: '再試行',
  idle: 'このQRコードをスキャンした人は、そのスマートフォンであなたのアカウントにログインします',
  show: 'QRコードを表示',
  hide: 'QRコードを非表示',
  hiddenInBackground: 'ページがバックグラウンドにある間はQRコードを表示しません',
  printed: 'QRコードは印刷されません',
  notYou: 'ご本人でない場合は、すぐにパスワードを変更してください',
  signedOut: 'クイック認証を利用するにはログインしてください',
  errors: {
    network: 'ネットワーク接続を確認してください',
    timeout: 'タイムアウトしました。もう一度お試しください',
    unauthorized: 'ログインの有効期限が切れました。再度ログインしてください',
    api: 'サーバーエラーが発生しました。しばらくしてからお試しください',
    'invalid-response': 'サーバーの応答を読み取れませんでした',
    aborted: 'リクエストはキャンセルされました',
  },
  requestId: (id) => `リクエストID：${id}`,
};

/**
 * The built-in labels for a BCP 47 language tag, case-insensitive, `_` read as `-`: `zh-TW`, `zh-HK`, `zh-MO`
 * and `zh-Hant…` are Traditional Chinese (zh-TW); `ja…` is Japanese (ja-JP); `en…` is English (en-US);
 * anything else, and no tag, is Simplified Chinese (zh-CN). `ja` and `en` must be the whole language subtag
 * (`ja_JP`, `EN-gb`), so that `jam` or `enm` are not mistaken for them.
 */
export function getFastpassLabels(lang?: string): FastpassLabels {
  const [language, next] = (lang ?? '').toLowerCase().split(/[-_]/);
  if (language === 'en') return FASTPASS_LABELS_EN_US;
  if (language === 'ja') return FASTPASS_LABELS_JA_JP;
  if (language === 'zh' && (next === 'tw' || next === 'hk' || next === 'mo' || next === 'hant')) return FASTPASS_LABELS_ZH_TW;
  return FASTPASS_LABELS_ZH_CN;
}
