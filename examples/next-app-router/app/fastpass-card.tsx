'use client';
import { FastpassProvider, FastpassQRCode } from 'react-fastpass-qrcode';
import type { FastpassSession } from './session';

/** The client part of the personal center: the Fastpass provider and the card. */
export function FastpassCard({ appHost, appId, accessToken }: FastpassSession) {
  return (
    <FastpassProvider appHost={appHost} appId={appId} accessToken={accessToken} lang="zh-CN">
      <FastpassQRCode />
    </FastpassProvider>
  );
}
