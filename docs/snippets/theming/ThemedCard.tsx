import { FastpassQRCode } from 'react-fastpass-qrcode';

// A brand colour, a larger radius, a font and a dark surface, through props.
export function ThemedCard() {
  return (
    <FastpassQRCode
      size={180}
      accentColor="#7c3aed" // buttons and focus rings
      radius={12} // the code area and the buttons; the card's own corner is 1.5 times it: 18 px
      colorScheme="dark" // 'light' | 'dark' | 'auto' (the default: follows prefers-color-scheme)
      theme={{ fontFamily: 'Inter, sans-serif', background: '#111827' }}
    />
  );
}
