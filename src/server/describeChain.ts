/**
 * An error and its causes as one line, for a log: `fetch failed ← connect ECONNREFUSED 127.0.0.1:4010`.
 * Undici hides the reason a connection failed in `cause`; the message alone says only "fetch failed".
 */
export function describeChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    parts.push(current instanceof Error ? current.message || current.name : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(' ← ');
}
