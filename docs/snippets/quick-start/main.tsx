import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { FastpassProvider, FastpassQRCode } from 'react-fastpass-qrcode';
import 'react-fastpass-qrcode/styles.css';

const queryClient = new QueryClient();

// The signed-in user's Authing access token, wherever your sign-in keeps it (null when nobody is signed in:
// the card then asks Authing for nothing).
const accessToken = sessionStorage.getItem('authing-access-token');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <FastpassProvider appHost="https://your-app.authing.cn" appId="your-authing-app-id" accessToken={accessToken}>
        <FastpassQRCode />
      </FastpassProvider>
    </QueryClientProvider>
  </StrictMode>,
);
