import { useFastpassQrcode } from 'react-fastpass-qrcode';

// The fields every state has: buttons of your own, and a line while a replacement is on its way.
export function FastpassButtons() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  const { state, identity, expiresAt } = fastpass;
  return (
    <div data-state={state}>
      {state === 'idle' && <button onClick={fastpass.show}>Show code</button>}
      {(state === 'pending' || state === 'scanned') && <button onClick={fastpass.hide}>Hide code</button>}
      {(state === 'expired' || state === 'cancelled') && <button onClick={fastpass.refresh}>New code</button>}
      {fastpass.isRefreshing && <p>A new code is on its way…</p>}
      {identity && (
        <p>
          For {identity.user.displayName} at {identity.userpool.displayName}
        </p>
      )}
      {expiresAt !== undefined && <p>Valid until {new Date(expiresAt).toLocaleTimeString()}</p>}
    </div>
  );
}
