import {
  FastpassActions,
  FastpassCode,
  FastpassCountdown,
  FastpassStatus,
  useFastpassQrcode,
} from 'react-fastpass-qrcode';

// The parts placed apart: Show, Refresh and Retry over the code, Hide in the page's toolbar, and a countdown in
// words of your own. `classNames` adds your classes per slot; `unstyled` would drop the library's.
export function FastpassPanel() {
  const fastpass = useFastpassQrcode({ generate: 'on-demand' });
  return (
    <div className="panel" data-slot="root" data-state={fastpass.state}>
      <div className="panel-toolbar">
        <FastpassActions result={fastpass} include={['hide']} classNames={{ hide: 'btn btn-link' }} />
      </div>
      <FastpassCode result={fastpass} size={200}>
        <FastpassActions
          result={fastpass}
          include={['show', 'refresh', 'retry']}
          classNames={{ show: 'btn', refresh: 'btn', retry: 'btn' }}
        />
      </FastpassCode>
      <FastpassStatus result={fastpass} classNames={{ hint: 'text-muted' }} />
      <FastpassCountdown result={fastpass} format={(seconds) => `${Math.ceil(seconds / 60)} min left`} />
    </div>
  );
}
