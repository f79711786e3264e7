'use client';
import { useRouter } from 'next/navigation';

/** Renders the page again on the server, as an app does after a change made elsewhere. */
export function RefreshButton() {
  const router = useRouter();
  return (
    <button type="button" onClick={() => router.refresh()}>
      router.refresh()
    </button>
  );
}
