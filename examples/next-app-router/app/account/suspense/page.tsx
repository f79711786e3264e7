import { Suspense } from 'react';
import { readFastpassSession } from '../../session';
import { SuspenseAccount } from './suspense-account';

/**
 * A page that reads the code itself with useSuspenseQuery in a Client Component, without a prefetch:
 * the server renders one code while streaming, and the browser, which was handed no cache, fetches
 * another. The card must show the code it polls, not the one the server drew.
 */
export default async function SuspensePage() {
  const session = await readFastpassSession();
  return (
    <Suspense fallback={<p>加载中…</p>}>
      <SuspenseAccount {...session} />
    </Suspense>
  );
}
