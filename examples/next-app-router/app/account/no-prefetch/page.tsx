import { FastpassCard } from '../../fastpass-card';
import { readFastpassSession } from '../../session';

/** The same card with no prefetch: the server renders it loading, and the browser asks for the code. */
export default async function NoPrefetchPage() {
  const session = await readFastpassSession();
  return <FastpassCard {...session} />;
}
