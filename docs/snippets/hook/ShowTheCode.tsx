import { useFastpassQrcode } from 'react-fastpass-qrcode';

// The fields every state has: buttons of your own, and a line while a replacement is on its way.
export function FastpassButtons() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  return (
    <div data-state={fastpass.state}>
      {fastpass.state === 'idle' && <button onClick={fastpass.show}>Show code</button>}
      {(fastpass.state === 'pending' || fastpass.state === 'scanned') && <button onClick={fastpass.hide}>Hide code</button>}
      {(fastpass.state === 'expired' || fastpass.state === 'cancelled') && <button onClick={fastpass.refresh}>New code</button>}
      {fastpass.isRefreshing && <p>A new code is on its way…</p>}
      {fastpass.identity && <p>For {fastpass.identity.user.displayName} at {fastpass.identity.userpool.displayName}</p>}
      {fastpass.expiresAt !== undefined && <p>Valid until {new Date(fastpass.expiresAt).toLocaleTimeString()}</p>}
    </div>
  );
}
