import { FastpassQRCode } from 'react-fastpass-qrcode';

// An account page's security section. The card sits under a <FastpassProvider> (see the quick start); it mints
// nothing until the person presses Show code, and Hide code takes the code off the screen and out of the cache.
export function SecuritySection() {
  return (
    <section aria-labelledby="fastpass-heading">
      <h2 id="fastpass-heading">Sign in on your phone</h2>
      <FastpassQRCode generate="on-demand" />
    </section>
  );
}
