import { useRef } from 'react';
import { FastpassQRCode } from 'react-fastpass-qrcode';

// Props the card does not know land on its root <div>, which also takes a ref and carries data-state.
export function CardOnTheRoot() {
  const card = useRef<HTMLDivElement>(null);
  return (
    <FastpassQRCode
      ref={card}
      id="fastpass"
      data-testid="fastpass-card"
      className="account-card"
      fallback={<a href="/sign-in">Sign in to see your Fastpass code</a>}
    />
  );
}
