import type { FastpassLabels } from './types';

export type { FastpassLabels };
export type { FastpassErrorKind } from '../api/errors';

/** Simplified Chinese (the default). */
export const zhCN: FastpassLabels = {
  codeTitle: (user, userpool) => `${user} 在 ${userpool} 的快速认证二维码`,
  codeRegion: '快速认证二维码',
  loading: '正在生成二维码…',
  stillLoading: '仍在等待 Authing…',
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
