/**
 * The `message` of the mock's envelopes, in the four languages Authing's API speaks through
 * `x-authing-lang`. Anything else (or no header) gets zh-CN, as Authing answers by default.
 */
export const FASTPASS_MOCK_MESSAGES = {
  'zh-CN': {
    ok: '操作成功',
    notSignedIn: '尚未登录，无访问权限',
    appNotFound: '应用不存在',
    qrcodeNotFound: '二维码不存在',
    badRequest: '请求参数错误',
    scopeNeedsOpenid: 'scope 必须包含 openid',
    internalError: '服务器内部错误',
  },
  'en-US': {
    ok: 'Success',
    notSignedIn: 'Not signed in: access denied',
    appNotFound: 'Application does not exist',
    qrcodeNotFound: 'QR code does not exist',
    badRequest: 'Invalid request parameters',
    scopeNeedsOpenid: 'scope must contain openid',
    internalError: 'Internal server error',
  },
  'zh-TW': {
    ok: '操作成功',
    notSignedIn: '尚未登入，無存取權限',
    appNotFound: '應用程式不存在',
    qrcodeNotFound: 'QR 碼不存在',
    badRequest: '請求參數錯誤',
    scopeNeedsOpenid: 'scope 必須包含 openid',
    internalError: '伺服器內部錯誤',
  },
  'ja-JP': {
    ok: '成功しました',
    notSignedIn: 'ログインしていないため、アクセス権限がありません',
    appNotFound: 'アプリケーションが存在しません',
    qrcodeNotFound: 'QR コードが存在しません',
    badRequest: 'リクエストパラメータが正しくありません',
    scopeNeedsOpenid: 'scope には openid が必要です',
    internalError: 'サーバー内部エラー',
  },
} as const;

export type FastpassMockLang = keyof typeof FASTPASS_MOCK_MESSAGES;
export type FastpassMockMessageKey = keyof (typeof FASTPASS_MOCK_MESSAGES)['zh-CN'];

const LANGS = Object.keys(FASTPASS_MOCK_MESSAGES) as FastpassMockLang[];

/** The language of an `x-authing-lang` value (case-insensitive, `zh_CN` too), or zh-CN. */
export function mockLangOf(header: string | null | undefined): FastpassMockLang {
  const wanted = (header ?? '').trim().replace('_', '-').toLowerCase();
  return LANGS.find((lang) => lang.toLowerCase() === wanted) ?? 'zh-CN';
}

/** The message for `key` in the language the request asked for. */
export function mockMessage(request: Request, key: FastpassMockMessageKey): string {
  return FASTPASS_MOCK_MESSAGES[mockLangOf(request.headers.get('x-authing-lang'))][key];
}
