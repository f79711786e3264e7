import { QRCodeSVG } from 'qrcode.react';
import { useFastpassQrcode } from '../../src';

// The README's custom-UI example, exactly as written there (keep the two the same): a UI drawn from the hook alone,
// with no code of its own for printing, background tabs or the scan. Its stories prove that it is safe as it is.
export function MyFastpass() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  switch (fastpass.state) {
    case 'idle':
      return <button onClick={fastpass.show}>Show code</button>;
    case 'pending':
      // payload is withheld while nobody can be looking (a background tab, a printout): draw it when it is there.
      return fastpass.payload ? <QRCodeSVG value={fastpass.payload} title="Fastpass QR code" /> : <p>Code hidden ({fastpass.concealed})</p>;
    case 'scanned':
      return <p>Scanned by {fastpass.scannedBy?.displayName ?? 'someone'}: confirm on your phone</p>;
    case 'error':
      return <button onClick={fastpass.refresh}>Retry ({fastpass.error.kind})</button>;
    default:
      return <p>{fastpass.state}</p>;
  }
}
