import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'react-fastpass-qrcode/styles.css';
import './globals.css';
import Providers from './providers';

export const metadata: Metadata = { title: '个人中心 · react-fastpass-qrcode on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
