import express, { type Request as ExpressRequest, type Response as ExpressResponse } from 'express';
import { fastpass } from './fastpass';

/**
 * Express's request as the Web Request the handler takes: the method, the full URL, every header (the cookie and the
 * browser's Fetch Metadata with them), the raw body, and a signal that fires if the page goes away first.
 */
function toWebRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const body: unknown = req.body;
  return new Request(`${req.protocol}://${req.get('host')}${req.originalUrl}`, {
    method: req.method,
    headers,
    body: Buffer.isBuffer(body) && req.method !== 'GET' && req.method !== 'HEAD' ? new Uint8Array(body) : undefined,
    signal: controller.signal,
  });
}

/** The handler's Response, written back through Express: status, headers and body as they are. */
async function send(response: Response, res: ExpressResponse): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

const app = express();

// The page's two calls under /api/fastpass. The body is passed on raw (64 KiB at most, the handler's own limit):
// the handler checks it itself, so no JSON parser may read it first.
app.use('/api/fastpass', express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
  await send(await fastpass(toWebRequest(req, res)), res);
});

export default app;
