'use client';
import { FastpassProvider, FastpassQRCode, type FastpassProviderProps } from 'react-fastpass-qrcode';

/** A themed card; the provider's `nonce` lets its theme ride in a `<style nonce>` of the server HTML. */
export function CspCard(props: Pick<FastpassProviderProps, 'appHost' | 'appId' | 'accessToken' | 'nonce'>) {
  return (
    <FastpassProvider {...props} lang="zh-CN">
      <FastpassQRCode accentColor="#7c3aed" radius={12} theme={{ background: '#111827', foreground: '#f9fafb' }} />
    </FastpassProvider>
  );
}
