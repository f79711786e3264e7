'use client';
import { createContext, useContext } from 'react';
import type { FastpassLabels } from '../locales/types';
import type { FastpassSession } from '../query/session';

/** What the provider gives every hook below it: the session's client and identity, and its language. */
export interface FastpassContextValue extends FastpassSession {
  /** Whether anyone is signed in (a token, a token getter or a session key). */
  signedIn: boolean;
  lang: string | undefined;
  /** The labels given to the provider, for every card and part below. */
  labels: Partial<FastpassLabels> | undefined;
  /** The page's CSP nonce, for the theme's `<style>` in server HTML. */
  nonce: string | undefined;
}

export const FastpassContext = createContext<FastpassContextValue | undefined>(undefined);

/** The nearest provider's value; a clear error when there is none. */
export function useFastpassContext(caller: string): FastpassContextValue {
  const value = useContext(FastpassContext);
  if (!value) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? `[react-fastpass-qrcode] ${caller} must be inside <FastpassProvider appHost="…" appId="…" accessToken={…}>. ` +
            'Wrap your account page (inside your QueryClientProvider) with it.'
        : `[react-fastpass-qrcode] ${caller}: no <FastpassProvider> above it.`,
    );
  }
  return value;
}
