import { FastpassCountdown, FastpassProvider, FastpassQRCode, useFastpassQrcode } from 'react-fastpass-qrcode';
import { zhTW } from 'react-fastpass-qrcode/locales/zh-TW';

// 1.0: zh-TW and ja-JP are imports, given as labels (on the provider here, for every card and part below it).
export function TaiwanAccountPage({ accessToken }: { accessToken: string | null }) {
  return (
    <FastpassProvider
      appHost="https://your-app.authing.cn"
      appId="your-authing-app-id"
      accessToken={accessToken}
      lang="zh-TW"
      labels={zhTW}
    >
      {/* level was 'M' in 0.1; 'L' is the default now. Pass level="M" to keep the old codes. */}
      <FastpassQRCode level="M" />
    </FastpassProvider>
  );
}

// 1.0: <FastpassCountdown> takes the hook's result (was expiresAt), and speaks the provider's language.
export function Deadline() {
  const fastpass = useFastpassQrcode();
  return <FastpassCountdown result={fastpass} />;
}
