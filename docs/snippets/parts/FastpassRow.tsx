import {
  FastpassActions,
  FastpassCode,
  FastpassCountdown,
  FastpassIdentity,
  FastpassStatus,
  useFastpassQrcode,
} from 'react-fastpass-qrcode';
import 'react-fastpass-qrcode/styles.css';

// One row of an account page's security settings: the code on the left, the rest on the right. The row decides
// nothing about the code; each part reads the hook's result. `data-slot="root"` on the row lets a button that goes
// away (Show code, Refresh, Retry) hand focus to this row's code area.
export function FastpassRow() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  return (
    <section className="settings-row" data-slot="root" data-state={fastpass.state}>
      <FastpassCode result={fastpass} size={180} />
      <div>
        <FastpassIdentity result={fastpass} who="user" />
        <FastpassStatus result={fastpass} />
        <FastpassCountdown result={fastpass} />
        <FastpassActions result={fastpass} />
      </div>
    </section>
  );
}
