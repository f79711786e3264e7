import { FastpassQRCode } from 'react-fastpass-qrcode';
import 'react-fastpass-qrcode/styles.css';
import './brand.css';

export function CssThemedCard() {
  return <FastpassQRCode className="account-fastpass" />;
}
