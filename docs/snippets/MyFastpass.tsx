import { QRCodeSVG } from 'qrcode.react';
import { useFastpassQrcode } from 'react-fastpass-qrcode';

export function MyFastpass() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  switch (fastpass.state) {
    case 'idle':
      return <button onClick={fastpass.show}>Show code</button>;
    case 'pending':
      // No payload while nobody can be looking (a background tab, a printout): `concealed` says why.
      return fastpass.payload ? (
        <QRCodeSVG value={fastpass.payload} size={200} title="Fastpass QR code" />
      ) : (
        <p>Code hidden ({fastpass.concealed})</p>
      );
    case 'scanned':
      return <p>Scanned by {fastpass.scannedBy?.displayName ?? 'someone'}: confirm on your phone</p>;
    case 'error':
      return <button onClick={fastpass.refresh}>Retry ({fastpass.error.kind})</button>;
    default:
      return <p>{fastpass.state}</p>;
  }
}
