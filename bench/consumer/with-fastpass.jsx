// The same app with the Fastpass card, imported from the built package as a consumer imports it.
import { FastpassProvider, FastpassQRCode } from 'react-fastpass-qrcode';
import 'react-fastpass-qrcode/styles.css';
import { mountAccountPage } from './shell.jsx';

mountAccountPage(
  <FastpassProvider appHost="https://example.authing.cn" appId="64a1f2c3d4e5f60718293a4b" accessToken={window.sessionStorage.getItem('token')}>
    <FastpassQRCode />
  </FastpassProvider>,
);
