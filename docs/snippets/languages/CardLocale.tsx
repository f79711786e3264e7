import { FastpassQRCode } from 'react-fastpass-qrcode';
import { zhTW } from 'react-fastpass-qrcode/locales/zh-TW';

// One card in Traditional Chinese, whatever the provider speaks. A card's labels win over the provider's.
export function TaiwanCard() {
  return <FastpassQRCode lang="zh-TW" labels={zhTW} />;
}
