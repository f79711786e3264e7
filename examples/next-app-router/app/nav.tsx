import Link from 'next/link';

export function Nav() {
  return (
    <nav>
      <Link href="/account">Prefetched on the server</Link>
      <Link href="/account/no-prefetch">Fetched in the browser</Link>
      <Link href="/account/suspense">useSuspenseQuery</Link>
      <Link href="/account/bff">Backend for frontend</Link>
    </nav>
  );
}
