import { FastpassQRCode } from 'react-fastpass-qrcode';
import { enUS } from 'react-fastpass-qrcode/locales/en-US';

// A built-in set as the base for your own words.
export function CompanyCard() {
  return <FastpassQRCode lang="en-US" labels={{ ...enUS, hint: 'Scan with your company phone' }} />;
}

// Or only the strings to replace: the rest stay in the language `lang` picks (here the provider's).
export function ShorterHint() {
  return <FastpassQRCode labels={{ hint: '用 Authing 令牌扫一扫', countdown: (s) => `还剩 ${s} 秒` }} />;
}
