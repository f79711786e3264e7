import { FastpassQRCode } from 'react-fastpass-qrcode';

export function CodeSizes() {
  return (
    <>
      {/* The default: 200 px at level L, room for a realistic Authing answer (it needs 170). */}
      <FastpassQRCode />
      {/* The user pool's logo in the middle hides modules: error correction H, and a larger plate. */}
      <FastpassQRCode showUserpoolLogo level="H" size={256} />
    </>
  );
}
