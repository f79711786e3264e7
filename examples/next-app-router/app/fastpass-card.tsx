'use client';
import { FastpassProvider, FastpassQRCode, type FastpassProviderProps } from 'react-fastpass-qrcode';

/**
 * The client part of the personal center: the Fastpass provider and the card. A page gives it `accessToken`
 * (the browser then calls Authing with it), or `sessionKey` alone with `appHost` pointing at this app's own
 * backend for frontend (the token stays on the server).
 */
export function FastpassCard(props: Pick<FastpassProviderProps, 'appHost' | 'appId' | 'accessToken' | 'sessionKey'>) {
  return (
    <FastpassProvider {...props} lang="zh-CN">
      <FastpassQRCode />
    </FastpassProvider>
  );
}
