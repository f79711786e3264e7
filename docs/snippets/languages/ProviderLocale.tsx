import type { ReactNode } from 'react';
import { FastpassProvider } from 'react-fastpass-qrcode';
import { jaJP } from 'react-fastpass-qrcode/locales/ja-JP'; // also zhTW from react-fastpass-qrcode/locales/zh-TW

// Japanese for every card and part under the provider. `lang` also asks Authing for its messages in Japanese
// (the x-authing-lang header). The provider sits inside your QueryClientProvider.
export function JapaneseFastpass({ accessToken, children }: { accessToken: string | null; children: ReactNode }) {
  return (
    <FastpassProvider
      appHost="https://your-app.authing.cn"
      appId="your-authing-app-id"
      accessToken={accessToken}
      lang="ja-JP"
      labels={jaJP}
    >
      {children}
    </FastpassProvider>
  );
}
