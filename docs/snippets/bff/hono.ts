import { Hono } from 'hono';
import { fastpass } from './fastpass';

const app = new Hono();

// POST /api/fastpass/api/v3/gene-fastpass-qrcode-info and GET /api/fastpass/api/v3/get-app-login-qrcode-status:
// Hono hands over the Web Request as it came, and takes the handler's Response as it is.
app.all('/api/fastpass/*', (c) => fastpass(c.req.raw));

// Bun, `deno serve` and Cloudflare Workers serve `export default app`; in Node, @hono/node-server's
// `serve({ fetch: app.fetch })`.
export default app;
