import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import type { FastpassErrorKind } from '../../../src/api/errors';
import { QueryClientProvider } from '@tanstack/react-query';
import { FastpassCode, FastpassProvider, FastpassQRCodeView, FastpassStatus, type FastpassLabels } from '../../../src';
import { resolveLabels } from '../../../src/locales/resolveLabels';
import { FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { createTestQueryClient } from '../../utils/fastpassWrapper';
import { enUS as FASTPASS_LABELS_EN_US } from '../../../src/locales/en-US';
import { jaJP as FASTPASS_LABELS_JA_JP } from '../../../src/locales/ja-JP';
import { zhCN as FASTPASS_LABELS_ZH_CN } from '../../../src/locales/zh-CN';
import { zhTW as FASTPASS_LABELS_ZH_TW } from '../../../src/locales/zh-TW';
import { viewError, viewResult } from '../../utils/viewResults';

const BUILT_IN = {
  'zh-CN': FASTPASS_LABELS_ZH_CN,
  'zh-TW': FASTPASS_LABELS_ZH_TW,
  'ja-JP': FASTPASS_LABELS_JA_JP,
  'en-US': FASTPASS_LABELS_EN_US,
} satisfies Record<string, FastpassLabels>;
type BuiltIn = keyof typeof BUILT_IN;

const ERROR_KINDS: FastpassErrorKind[] = ['network', 'timeout', 'unauthorized', 'api', 'invalid-response', 'aborted'];
const FUNCTION_FIELDS = ['codeTitle', 'countdown', 'scannedBy', 'requestId'] as const satisfies readonly (keyof FastpassLabels)[];

/** Every string a label set can produce, the functions' with sample values. */
function textsOf(labels: FastpassLabels): string[] {
  return [
    ...Object.values(labels).filter((value): value is string => typeof value === 'string'),
    ...Object.values(labels.errors),
    labels.codeTitle('u', 'p'),
    labels.countdown(1),
    labels.scannedBy('n'),
    labels.requestId('r'),
  ];
}

describe('resolveLabels', () => {
  it.each<[string | undefined, 'zh-CN' | 'en-US']>([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['en', 'en-US'],
    ['en-US', 'en-US'],
    ['EN-gb', 'en-US'],
    ['en_AU', 'en-US'],
  ])('given %j and no labels, should pick the built-in %s labels without a warning', (lang, expected) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveLabels(lang, undefined)).toEqual({ labels: BUILT_IN[expected], lang });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each<[string, string]>([
    ['zh-TW', "import { zhTW } from 'react-fastpass-qrcode/locales/zh-TW'"],
    ['zh_HANT_hk', "import { zhTW } from 'react-fastpass-qrcode/locales/zh-TW'"],
    ['ja-JP', "import { jaJP } from 'react-fastpass-qrcode/locales/ja-JP'"],
    ['fr-FR', 'Pass a complete label set'],
    // A language whose code merely starts with "en" or "ja": Middle English, Jamaican Creole.
    ['enm', 'Pass a complete label set'],
    ['jam', 'Pass a complete label set'],
  ])('given %j and no labels for it, should fall back to zh-CN and say which labels to give, once', (lang, advice) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveLabels(lang, { refresh: 'x' })).toMatchObject({ labels: { expired: FASTPASS_LABELS_ZH_CN.expired }, lang: 'zh-CN' });
    resolveLabels(lang, undefined);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`lang="${lang}"`);
    expect(warn.mock.calls[0]?.[0]).toContain(advice);
  });

  it('given a language with its complete labels, should use them and not warn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveLabels('ja-JP', FASTPASS_LABELS_JA_JP)).toEqual({ labels: FASTPASS_LABELS_JA_JP, lang: 'ja-JP' });
    expect(resolveLabels('ja-JP', { ...FASTPASS_LABELS_JA_JP, refresh: '新しいコード' }).labels.refresh).toBe('新しいコード');
    expect(warn).not.toHaveBeenCalled();
  });

  it('given a complete set written before stillLoading existed, should keep it complete and show no line in another language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { stillLoading: _added, ...older } = FASTPASS_LABELS_JA_JP;
    expect(resolveLabels('ja-JP', older)).toEqual({ labels: older, lang: 'ja-JP' });
    expect(warn).not.toHaveBeenCalled();
    // A few strings still take the built-in set's line, in its language.
    expect(resolveLabels('en-US', { retry: 'Try again' }).labels.stillLoading).toBe('Still waiting for Authing…');
  });
});

describe.each(Object.entries(BUILT_IN))('the %s locale', (lang, labels) => {
  it('should have every field of the zh-CN set, and no other', () => {
    expect(Object.keys(labels).sort()).toEqual(Object.keys(FASTPASS_LABELS_ZH_CN).sort());
  });

  it('should say something for every string field', () => {
    for (const [field, value] of Object.entries(labels)) {
      if (typeof value !== 'string') continue;
      expect(value.trim(), field).not.toBe('');
    }
  });

  it('should have a message for every error kind, and no other', () => {
    expect(Object.keys(labels.errors).sort()).toEqual([...ERROR_KINDS].sort());
    for (const kind of ERROR_KINDS) expect(labels.errors[kind].trim(), kind).not.toBe('');
  });

  it('should put the values into the function labels', () => {
    for (const field of FUNCTION_FIELDS) expect(typeof labels[field], field).toBe('function');
    const title = labels.codeTitle('用户甲', 'Pool-B');
    expect(title).toContain('用户甲');
    expect(title).toContain('Pool-B');
    expect(labels.countdown(42)).toContain('42');
    expect(labels.scannedBy('Li Si')).toContain('Li Si');
    expect(labels.requestId('req-9f3')).toContain('req-9f3');
  });
});

describe.each(['zh-TW', 'ja-JP', 'en-US'] as const)('the %s labels', (lang) => {
  it('should not leave a zh-CN string untranslated', () => {
    const zh = textsOf(FASTPASS_LABELS_ZH_CN);
    expect(textsOf(BUILT_IN[lang]).filter((text) => zh.includes(text))).toEqual([]);
  });
});

describe('the zh-TW labels', () => {
  it('should use Taiwan words, not mainland ones', () => {
    const text = textsOf(FASTPASS_LABELS_ZH_TW).join('\n');
    for (const mainland of ['二維碼', '二维码', '掃碼', '扫', '網絡', '服務器', '登錄', '信息', '數據']) {
      expect(text, mainland).not.toContain(mainland);
    }
  });
});

/** What the card shows in one language: every string spelled out, as a reader would check it. */
interface Expected {
  codeTitle: string;
  hint: string;
  countdown: string;
  ready: string;
  scanned: string;
  scannedBy: string;
  expired: string;
  refresh: string;
  api: string;
  retry: string;
  requestId: string;
  signedOut: string;
}

const RENDERED: Record<BuiltIn, Expected> = {
  'zh-CN': {
    codeTitle: '张三 在 Authing 示例用户池 的快速认证二维码',
    hint: '打开 Authing 令牌，扫码完成快速认证',
    countdown: '30 秒后过期',
    ready: '二维码已就绪，请使用 Authing 令牌扫码',
    scanned: '扫码成功，请在手机上确认',
    scannedBy: '扫码人：Li Si',
    expired: '二维码已过期',
    refresh: '刷新二维码',
    api: '服务器出错了，请稍后重试',
    retry: '重试',
    requestId: '请求 ID：req-1',
    signedOut: '请先登录，再使用快速认证',
  },
  'zh-TW': {
    codeTitle: '张三 在 Authing 示例用户池 的快速認證 QR Code',
    hint: '開啟 Authing 權杖，掃描 QR Code 完成快速認證',
    countdown: '30 秒後過期',
    ready: 'QR Code 已就緒，請使用 Authing 權杖掃描',
    scanned: '掃描成功，請在手機上確認',
    scannedBy: '掃描者：Li Si',
    expired: 'QR Code 已過期',
    refresh: '更新 QR Code',
    api: '伺服器發生錯誤，請稍後再試',
    retry: '重試',
    requestId: '請求 ID：req-1',
    signedOut: '請先登入，再使用快速認證',
  },
  'ja-JP': {
    codeTitle: '张三（Authing 示例用户池）のクイック認証QRコード',
    hint: 'Authingトークンでスキャンして、クイック認証を完了してください',
    countdown: 'あと30秒で期限切れ',
    ready: 'QRコードを表示しました。Authingトークンでスキャンしてください',
    scanned: 'スキャンしました。スマートフォンで確認してください',
    scannedBy: 'スキャンしたユーザー：Li Si',
    expired: 'QRコードの有効期限が切れました',
    refresh: 'QRコードを更新',
    api: 'サーバーエラーが発生しました。しばらくしてからお試しください',
    retry: '再試行',
    requestId: 'リクエストID：req-1',
    signedOut: 'クイック認証を利用するにはログインしてください',
  },
  'en-US': {
    codeTitle: 'Fastpass QR code for 张三 at Authing 示例用户池',
    hint: 'Scan with the Authing Token app to sign in with Fastpass',
    countdown: 'Expires in 30 s',
    ready: 'QR code ready: scan it with Authing Token',
    scanned: 'Scanned: confirm on your phone',
    scannedBy: 'Scanned by Li Si',
    expired: 'The QR code has expired',
    refresh: 'Refresh QR code',
    api: 'Something went wrong on the server: try again later',
    retry: 'Retry',
    requestId: 'Request ID: req-1',
    signedOut: 'Sign in to use Fastpass',
  },
};

/** The labels a page gives for each language: zh-CN and en-US are built in, the others are imported. */
const GIVEN: Record<BuiltIn, FastpassLabels | undefined> = { 'zh-CN': undefined, 'en-US': undefined, 'zh-TW': FASTPASS_LABELS_ZH_TW, 'ja-JP': FASTPASS_LABELS_JA_JP };

describe.each(Object.entries(RENDERED) as [BuiltIn, Expected][])('given lang="%s"', (lang, expected) => {
  const labels = GIVEN[lang];
  it('should name the code, say how to use it and set the lang attribute', () => {
    const ref = createRef<HTMLDivElement>();
    render(<FastpassQRCodeView ref={ref} result={viewResult('pending', { expiresAt: Date.now() + 30_000 })} lang={lang} labels={labels} />);
    expect(screen.getByRole('img', { name: expected.codeTitle })).toBeInTheDocument();
    expect(screen.getByText(expected.hint)).toBeVisible();
    expect(screen.getByText(expected.countdown)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(expected.ready);
    expect(ref.current).toHaveAttribute('lang', lang);
  });

  it('should say who scanned', () => {
    render(<FastpassQRCodeView result={viewResult('scanned')} lang={lang} labels={labels} />);
    expect(screen.getByText(expected.scanned, { selector: 'p' })).toBeVisible();
    expect(screen.getByText(expected.scannedBy)).toBeVisible();
  });

  it('should name the refresh button of an expired code', () => {
    render(<FastpassQRCodeView result={viewResult('expired')} lang={lang} labels={labels} />);
    expect(screen.getByRole('button', { name: expected.refresh })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(expected.expired);
  });

  it('should explain a server error with its request id and a retry button', () => {
    render(<FastpassQRCodeView result={viewResult('error', { error: viewError('api', { requestId: 'req-1' }) })} lang={lang} labels={labels} />);
    expect(screen.getByRole('button', { name: expected.retry })).toBeInTheDocument();
    expect(screen.getByText(expected.requestId)).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(expected.api);
  });

  it('should ask to sign in when nobody is', () => {
    render(<FastpassQRCodeView result={viewResult('signed-out')} lang={lang} labels={labels} />);
    expect(screen.getByText(expected.signedOut, { selector: 'p' })).toBeVisible();
  });
});

describe('given the labels prop', () => {
  it('should override just the strings it names, in any language', () => {
    render(
      <FastpassQRCodeView
        result={viewResult('expired')}
        lang="ja-JP"
        labels={{ ...FASTPASS_LABELS_JA_JP, refresh: '新しいコード', expired: '時間切れです' }}
      />,
    );
    expect(screen.getByRole('button', { name: '新しいコード' })).toBeInTheDocument();
    expect(screen.getByText('時間切れです', { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'クイック認証QRコード' })).toBeInTheDocument();
  });

  it('should use label functions for the title, the countdown and who scanned', () => {
    const labels: Partial<FastpassLabels> = { codeTitle: (u, p) => `code:${u}@${p}`, countdown: (s) => `T-${s}`, scannedBy: (n) => `by ${n}` };
    const { rerender } = render(<FastpassQRCodeView result={viewResult('pending', { expiresAt: Date.now() + 5_000 })} labels={labels} />);
    expect(screen.getByRole('img', { name: 'code:张三@Authing 示例用户池' })).toBeInTheDocument();
    expect(screen.getByText('T-5')).toBeInTheDocument();

    rerender(<FastpassQRCodeView result={viewResult('scanned', { scannedBy: { displayName: 'Li Si', photo: '' } })} labels={labels} />);
    expect(screen.getByText('by Li Si')).toBeVisible();
  });

  it('should override error messages per kind', () => {
    const errors = { ...FASTPASS_LABELS_ZH_CN.errors, network: '断网了' };
    render(<FastpassQRCodeView result={viewResult('error', { error: viewError('network') })} labels={{ errors }} />);
    expect(screen.getByText('断网了', { selector: 'p' })).toBeVisible();
  });
});

describe('given labels on the provider', () => {
  function Page({ children }: { children: React.ReactNode }) {
    return (
      <QueryClientProvider client={createTestQueryClient()}>
        <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} lang="ja-JP" labels={FASTPASS_LABELS_JA_JP}>
          {children}
        </FastpassProvider>
      </QueryClientProvider>
    );
  }

  it('should speak them in every part and card below, with no warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Page>
        <FastpassCode result={viewResult('expired')} />
        <FastpassStatus result={viewResult('expired')} />
        <FastpassQRCodeView result={viewResult('scanned')} />
      </Page>,
    );
    expect(screen.getAllByRole('group', { name: 'クイック認証QRコード' })).toHaveLength(2);
    expect(screen.getByText('QRコードの有効期限が切れました', { selector: 'p' })).toBeVisible();
    expect(screen.getByText('スキャンしました。スマートフォンで確認してください', { selector: 'p' })).toBeVisible();
    expect(warn).not.toHaveBeenCalled();
  });

  it("should let a card's own lang pick its own language", () => {
    render(
      <Page>
        <FastpassQRCodeView result={viewResult('expired')} lang="en-US" />
      </Page>,
    );
    expect(screen.getByRole('button', { name: 'Refresh QR code' })).toBeInTheDocument();
  });
});

describe('given a language whose labels were not given', () => {
  it('should name the language actually shown on the root, for screen readers', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ref = createRef<HTMLDivElement>();
    render(<FastpassQRCodeView ref={ref} result={viewResult('expired')} lang="ko-KR" />);
    expect(ref.current).toHaveAttribute('lang', 'zh-CN');
  });

  it('should not warn about the provider\'s language inside a card that was given its labels', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} lang="zh-Hant-HK">
          <FastpassQRCodeView result={viewResult('expired')} labels={FASTPASS_LABELS_ZH_TW} />
        </FastpassProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('button', { name: '更新 QR Code' })).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });
});
