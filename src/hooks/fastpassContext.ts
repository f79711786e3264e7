'use client';
import { createContext, useContext } from 'react';
import type { FastpassClient } from '../api/client';
import type { OnUnauthorized } from './withUnauthorizedRetry';

export interface FastpassContextValue {
  client: FastpassClient;
  appHost: string;
  appId: string;
  /** The signed-in session's key, or undefined when nobody is signed in. */
  session: string | undefined;
  lang: string | undefined;
  onUnauthorized: OnUnauthorized | undefined;
  /** Whether `session` is the provider's session now (not one it had when a component last rendered). */
  isCurrentSession: (session: string) => boolean;
}

export const FastpassContext = createContext<FastpassContextValue | undefined>(undefined);

/** The nearest provider's value; a clear error when there is none. */
export function useFastpassContext(caller: string): FastpassContextValue {
  const value = useContext(FastpassContext);
  if (!value) {
    throw new Error(
      `[react-fastpass-qrcode] ${caller} must be inside <FastpassProvider appHost="…" appId="…" accessToken={…}>. ` +
        'Wrap your account page (inside your QueryClientProvider) with it.',
    );
  }
  return value;
}
