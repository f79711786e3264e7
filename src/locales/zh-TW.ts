import type { FastpassLabels } from './types';

export type { FastpassLabels };
export type { FastpassErrorKind } from '../api/errors';

// Traditional Chinese as written in Taiwan. The product words are the ones Authing's Guard zh-TW locale uses:
// the app is "Authing 權杖" (Guard writes it unspaced; spaced here like our zh-CN "Authing 令牌"), the feature
// 快速認證. Everyday words follow Taiwan usage (QR Code, 掃描, 登入, 網路, 伺服器, 資料, 逾時), where Guard's
// zh-TW still carries mainland ones (二維碼, 掃碼). The App Store lists the app as "Authing 令牌"; a search
// for "Authing" finds it under either name.
export const zhTW: FastpassLabels = {
  codeTitle: (user, userpool) => `${user} 在 ${userpool} 的快速認證 QR Code`,
  codeRegion: '快速認證 QR Code',
  loading: '正在產生 QR Code…',
  stillLoading: '仍在等待 Authing 回應…',
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
