import { QRCodeSVG } from 'qrcode.react';
import { useFastpassQrcode, type FastpassDisplayIdentity, type FastpassQrcodeStatus } from 'react-fastpass-qrcode';

type OnSignedIn = (ticket: string | undefined, identity: FastpassDisplayIdentity) => void;

// 2.0: names and photos from `identity` (was `info`), the code drawn from `payload` alone, and the final
// status (its ticket) in onAuthorized, not in the result.
export function MyFastpassCard({ onSignedIn }: { onSignedIn: OnSignedIn }) {
  const fastpass = useFastpassQrcode({
    onAuthorized: (status: FastpassQrcodeStatus, identity: FastpassDisplayIdentity) =>
      onSignedIn(status.ticket, identity),
  });
  return (
    <div data-state={fastpass.state}>
      {fastpass.identity && (
        <p>
          {fastpass.identity.user.displayName} · {fastpass.identity.userpool.displayName}
        </p>
      )}
      {fastpass.state === 'pending' && fastpass.payload && (
        <QRCodeSVG value={fastpass.payload} size={200} title="Fastpass QR code" />
      )}
      {fastpass.scannedBy && <p>Scanned by {fastpass.scannedBy.displayName}</p>}
    </div>
  );
}
