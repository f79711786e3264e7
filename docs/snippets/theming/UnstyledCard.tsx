import { FastpassQRCode } from 'react-fastpass-qrcode';
import './acme-card.css';

// `unstyled` drops the library's fastpass* classes and keeps data-slot and data-state; classNames adds yours
// per slot. The code area keeps its size box, and the live region stays hidden, without the library's stylesheet.
export function AcmeFastpass() {
  return (
    <FastpassQRCode
      unstyled
      classNames={{
        root: 'acme-card',
        code: 'acme-code',
        veil: 'acme-veil',
        show: 'acme-button',
        refresh: 'acme-button',
        retry: 'acme-button',
        hide: 'acme-button',
      }}
    />
  );
}
