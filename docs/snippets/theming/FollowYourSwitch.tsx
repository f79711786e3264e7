import { FastpassQRCode } from 'react-fastpass-qrcode';

// Your app has its own light/dark switch: hand its choice to the card. 'auto' would follow the system instead.
export function AccountFastpass({ darkMode }: { darkMode: boolean }) {
  return <FastpassQRCode colorScheme={darkMode ? 'dark' : 'light'} />;
}
