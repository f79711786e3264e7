import { FastpassQRCodeView, useFastpassQrcode } from 'react-fastpass-qrcode';

// <FastpassQRCode> is exactly this: the hook, and the card's layout of the parts drawing its result. Hold the
// result yourself when something else on the page needs it too (here, a line under the card once the phone
// confirmed).
export function CardWithAFootnote() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  return (
    <>
      <FastpassQRCodeView result={fastpass} size={200} accentColor="#215ae5" />
      {fastpass.state === 'authorized' && <p>You can close this page.</p>}
    </>
  );
}
