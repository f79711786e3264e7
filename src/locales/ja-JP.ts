import type { FastpassLabels } from './types';

export type { FastpassLabels };
export type { FastpassErrorKind } from '../api/errors';

// Japanese, in the polite style. The product words are the ones Authing's Guard ja-JP locale uses: the app is
// "Authingトークン", the feature クイック認証. Everyday words follow Japanese UI usage (QRコード, スキャン,
// 再試行) where Guard's ja-JP is literal. The App Store lists the app as "Authing 令牌" (see zh-TW).
export const jaJP: FastpassLabels = {
  codeTitle: (user, userpool) => `${user}（${userpool}）のクイック認証QRコード`,
  codeRegion: 'クイック認証QRコード',
  loading: 'QRコードを生成しています…',
  stillLoading: 'Authing の応答を待っています…',
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
