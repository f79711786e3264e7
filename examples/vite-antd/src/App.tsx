import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, theme } from 'antd';
import { useState } from 'react';
import { FastpassProvider } from 'react-fastpass-qrcode';
import { AccountPage } from './AccountPage';

const queryClient = new QueryClient();

// The Authing application and the signed-in user's token; `.env` points them at the mock Authing that
// `npm run dev` starts. A real app takes the token from its session.
const appHost = import.meta.env.VITE_FASTPASS_APP_HOST;
const appId = import.meta.env.VITE_FASTPASS_APP_ID;
const accessToken = import.meta.env.VITE_FASTPASS_ACCESS_TOKEN;

export function App() {
  const [dark, setDark] = useState(false);
  return (
    <ConfigProvider theme={{ algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm }}>
      <QueryClientProvider client={queryClient}>
        <FastpassProvider appHost={appHost} appId={appId} accessToken={accessToken} lang="zh-CN">
          <AccountPage dark={dark} onDarkChange={setDark} />
        </FastpassProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
