// The same app with a bare qrcode.react code: what the renderer alone costs.
import { QRCodeSVG } from 'qrcode.react';
import { mountAccountPage } from './shell.jsx';

mountAccountPage(<QRCodeSVG value={window.location.href} />);
