import { FastpassQRCode, type FastpassTheme } from 'react-fastpass-qrcode';

// Every token; each becomes a --fastpass-* CSS variable on the card's root (fontFamily → --fastpass-font-family).
// Give only those you need: the stylesheet's light and dark values fill in the rest.
const acmeTheme: FastpassTheme = {
  accent: '#0f766e', // buttons and focus rings (accentColor wins over it)
  accentForeground: '#ffffff', // text on the accent colour
  background: '#ffffff', // the card
  foreground: '#1d2129', // the card's text
  muted: '#4e5969', // secondary text: the user pool, the countdown, hints
  surface: '#f2f3f5', // the code area when it holds no code, and skeletons
  border: '#e5e6eb',
  radius: 6, // a number is in px (radius wins over it)
  fontFamily: '"Noto Sans SC", system-ui, sans-serif',
  danger: '#b42318', // error messages
  success: '#137a3f', // the authorized tick
};

export function AcmeCard() {
  return <FastpassQRCode theme={acmeTheme} />;
}
