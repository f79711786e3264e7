import type { ReactNode } from 'react';
import { Nav } from '../nav';

/** The personal center's frame, around each of its pages. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <main>
      <h1>个人中心</h1>
      <Nav />
      {children}
    </main>
  );
}
