import * as z from 'zod/mini';
import { formatIssues } from '../api/formatIssues';
import { signInFastpassOptionsSchema, type SignInFastpassOptions } from '../api/schemas';

/** The body the browser-side client sends: `{}` or `{ options }`, the options checked by the client's own schema. */
const geneFastpassBodySchema = z.object({ options: z.optional(signInFastpassOptionsSchema) });

/** The body to forward to Authing, or why there is none. */
export type GeneFastpassBodyReading =
  | { ok: true; body: { options?: SignInFastpassOptions } }
  | { ok: false; httpStatus: 400 | 413; message: string };

/**
 * Reads and checks the body of `gene-fastpass-qrcode-info`, reading no more than `maxBytes` (Web servers
 * put no limit on a body by default, and anyone may send one). An empty body counts as `{}`, as Authing
 * takes it. What is forwarded is the options exactly as sent (as the client forwards them), and nothing
 * else of the body.
 */
export async function readGeneFastpassBody(request: Request, maxBytes: number): Promise<GeneFastpassBodyReading> {
  const read = await readText(request, maxBytes);
  if (read.kind === 'too-large') return { ok: false, httpStatus: 413, message: `The body is larger than ${maxBytes} bytes.` };
  if (read.kind === 'not-utf8') return { ok: false, httpStatus: 400, message: 'The body is not UTF-8 text.' };
  if (read.kind === 'unreadable') return { ok: false, httpStatus: 400, message: 'The body could not be read.' };
  if (read.text.trim() === '') return { ok: true, body: {} };

  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return { ok: false, httpStatus: 400, message: 'The body is not JSON.' };
  }
  const parsed = geneFastpassBodySchema.safeParse(json);
  if (!parsed.success) return { ok: false, httpStatus: 400, message: `Invalid body: ${formatIssues(parsed.error.issues)}.` };
  // Parsed as an object, so `options` is read from the value as sent, unknown fields included.
  const { options } = json as { options?: SignInFastpassOptions };
  return { ok: true, body: options === undefined ? {} : { options } };
}

type TextReading = { kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'not-utf8' } | { kind: 'unreadable' };

/**
 * The body as UTF-8 text, read chunk by chunk so that a body over `maxBytes` is dropped unread, whether
 * its `content-length` says so or it streams. A body that cannot be read (the page went away mid-body,
 * or something read it before) is `unreadable`.
 */
async function readText(request: Request, maxBytes: number): Promise<TextReading> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { kind: 'too-large' };
  // Read before (by a getAccessToken that should not have): what was sent is gone, not empty.
  if (request.bodyUsed) return { kind: 'unreadable' };
  if (!request.body) return { kind: 'text', text: '' };

  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: 'unreadable' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'not-utf8' };
  }
}
