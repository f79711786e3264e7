// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { FASTPASS_MOCK_SESSIONS } from '../../../src/testing/fixtures';

// The bin runs as users run it: a child `node` process on a built file. It is built from src here (in
// well under a second) so that this test needs no earlier `vite build`; the package checks run the
// built dist/bin/fastpass-mock.js too. The output sits inside the project so that msw and zod resolve.
const outDir = join(process.cwd(), 'node_modules', '.cache', `fastpass-mock-bin-${process.pid}`);
const bin = join(outDir, 'fastpass-mock.mjs');
const children = new Set<ChildProcess>();

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: { 'fastpass-mock': 'src/testing/bin.ts' },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' },
      },
    },
  });
});
afterAll(() => {
  // A test that failed half-way leaves its child running: never leave one behind.
  for (const child of children) child.kill('SIGKILL');
  rmSync(outDir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[], file = bin): Run {
  const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

/** Starts the bin and waits for the line that names its URL. */
async function start(args: string[] = ['--port', '0']) {
  const running = run(args);
  const url = await vi.waitFor(
    () => {
      const match = /listening on (http:\/\/\S+)/.exec(running.stdout());
      if (!match) throw new Error(`not listening yet; stderr: ${running.stderr()}`);
      return match[1]!;
    },
    // A child Node starts in well under a second, but a busy shared machine can take many.
    { timeout: 20_000, interval: 20 },
  );
  return { ...running, url };
}

const isListening = (url: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const userHeaders = { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'content-type': 'application/json' };

// Concurrent: each test runs its own child on its own port, and most of the time is Node starting up.
describe.concurrent('given `npx fastpass-mock`', { timeout: 60_000 }, () => {
  it('should print its usage for --help and exit 0', async ({ expect }) => {
    const help = run(['--help']);
    expect(await help.exit).toEqual({ code: 0, signal: null });
    expect(help.stdout()).toMatch(/^Usage: fastpass-mock/);
    for (const flag of ['--port <n>', '--host <host>', '--lifetime-ms <n>', '--latency-ms <n>', '--max-requests <n>', '--code-retention-ms <n>', '-h, --help']) {
      expect(help.stdout()).toContain(flag);
    }
    expect(help.stderr()).toBe('');
  });

  it('should print its app host, app id, tokens and endpoints, serve them, and stop cleanly on SIGTERM', async ({ expect }) => {
    const server = await start();
    await vi.waitFor(() => expect(server.stdout()).toContain('Ctrl-C stops it.'), { timeout: 15_000 });
    const banner = server.stdout();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(banner).toContain(`appHost        ${server.url}`);
    expect(banner).toContain(`appId          ${FASTPASS_MOCK_APP_ID}`);
    // Every token the mock accepts, each on its own line with whose it is.
    const lines = banner.split('\n');
    for (const { token, about } of FASTPASS_MOCK_SESSIONS) expect(lines.some((line) => line.includes(token) && line.endsWith(about))).toBe(true);
    expect(banner).toContain('memory         keeps the newest 1000 requests; forgets a finished code after 300000 ms');
    for (const path of ['POST /api/v3/gene-fastpass-qrcode-info', 'GET  /api/v3/get-app-login-qrcode-status', 'POST /__fastpass-mock/scan', 'POST /__fastpass-mock/reset']) {
      expect(banner).toContain(path);
    }

    const gene = await fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: userHeaders, body: '{}' });
    const { data } = await gene.json();
    expect(data).toMatchObject({ apiHost: server.url, appId: FASTPASS_MOCK_APP_ID, qrcodeId: expect.any(String) });

    server.child.kill('SIGTERM');
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('fastpass-mock: stopped (SIGTERM)\n');
    expect(await isListening(server.url)).toBe(false);
  });

  it('should be driven and inspected through its control endpoints, as a suite in any stack would', async ({ expect }) => {
    const server = await start();
    const control = (path: string, body?: unknown) =>
      fetch(`${server.url}/__fastpass-mock${path}`, { method: body === undefined ? 'GET' : 'POST', body: body === undefined ? null : JSON.stringify(body) });
    const status = async (qrcodeId: string) =>
      (await (await fetch(`${server.url}/api/v3/get-app-login-qrcode-status?qrcodeId=${qrcodeId}`, { headers: userHeaders })).json()).data.status;

    expect(await (await control('')).json()).toMatchObject({ appHost: server.url, appId: FASTPASS_MOCK_APP_ID });
    const { data } = await (await fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: userHeaders, body: '{}' })).json();
    expect((await control('/scan', {})).status).toBe(200);
    expect(await status(data.qrcodeId)).toBe('SCANNED');
    expect((await control('/confirm', { qrcodeId: data.qrcodeId })).status).toBe(200);
    expect(await status(data.qrcodeId)).toBe('AUTHORIZED');

    const requests = await (await control('/requests')).json();
    expect(requests.map((r: { endpoint: string; headers: Record<string, string> }) => [r.endpoint, r.headers.authorization])).toEqual([
      ['geneFastpassQrcodeInfo', FASTPASS_MOCK_ACCESS_TOKEN],
      ['getAppLoginQrcodeStatus', FASTPASS_MOCK_ACCESS_TOKEN],
      ['getAppLoginQrcodeStatus', FASTPASS_MOCK_ACCESS_TOKEN],
    ]);
    expect((await control('/fail', { fault: { type: 'html' } })).status).toBe(204);
    expect((await fetch(`${server.url}/api/v3/get-app-login-qrcode-status?qrcodeId=${data.qrcodeId}`, { headers: userHeaders })).status).toBe(502);
    expect((await control('/reset', {})).status).toBe(204);
    expect(await (await control('/codes')).json()).toEqual([]);

    server.child.kill('SIGINT');
    expect((await server.exit).code).toBe(0);
  });

  it('should take --lifetime-ms and --latency-ms', async ({ expect }) => {
    const server = await start(['--port', '0', '--lifetime-ms', '150', '--latency-ms', '40']);
    expect(server.stdout()).toContain('valid for 150 ms; every answer delayed by 40 ms');
    const started = performance.now();
    const { data } = await (await fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: userHeaders, body: '{}' })).json();
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    const codes = await (await fetch(`${server.url}/__fastpass-mock/codes`)).json();
    expect(codes[0].expiresAt - codes[0].createdAt).toBe(150);
    // Its 150 ms lifetime passes: the code expires (with the default 5 minutes this would time out).
    await vi.waitFor(
      async () => {
        const status = await (await fetch(`${server.url}/api/v3/get-app-login-qrcode-status?qrcodeId=${data.qrcodeId}`, { headers: userHeaders })).json();
        expect(status.data.status).toBe('EXPIRED');
      },
      { timeout: 5_000, interval: 25 },
    );
  });

  it('should take --max-requests and --code-retention-ms', async ({ expect }) => {
    // A retention of 0 forgets a finished code at once, so that the flag shows without waiting.
    const server = await start(['--port', '0', '--max-requests', '2', '--code-retention-ms', '0']);
    await vi.waitFor(() => expect(server.stdout()).toContain('keeps the newest 2 requests; forgets a finished code after 0 ms'), { timeout: 15_000 });
    const { data } = await (await fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: userHeaders, body: '{}' })).json();
    const status = async () => (await (await fetch(`${server.url}/api/v3/get-app-login-qrcode-status?qrcodeId=${data.qrcodeId}`, { headers: userHeaders })).json()).statusCode;
    expect(await status()).toBe(200);
    expect((await fetch(`${server.url}/__fastpass-mock/cancel`, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(await status()).toBe(404);
    expect(await (await fetch(`${server.url}/__fastpass-mock/codes`)).json()).toEqual([]);
    const requests = await (await fetch(`${server.url}/__fastpass-mock/requests`)).json();
    expect(requests.map((r: { endpoint: string }) => r.endpoint)).toEqual(['getAppLoginQrcodeStatus', 'getAppLoginQrcodeStatus']);
    server.child.kill('SIGTERM');
    expect((await server.exit).code).toBe(0);
  });

  it('should exit 2 with one line on stderr when the port is in use', async ({ expect }) => {
    const taken: Server = createNetServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const refused = run(['--port', String(port)]);
      expect(await refused.exit).toEqual({ code: 2, signal: null });
      expect(refused.stderr()).toBe(`fastpass-mock: port ${port} on 127.0.0.1 is in use (--port 0 takes any free port)\n`);
      expect(refused.stdout()).toBe('');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it.for([
    [['--nope'], /Unknown option '--nope'/],
    [['--port'], /--port/],
    [['--port', 'abc'], /--port needs a whole number from 0 to 65535, not "abc"/],
    [['--port', '70000'], /--port needs a whole number from 0 to 65535, not "70000"/],
    [['--port', '80.5'], /not "80.5"/],
    [['--lifetime-ms', '0'], /--lifetime-ms needs a whole number from 1/],
    [['--latency-ms=-5'], /--latency-ms needs a whole number from 0 to \d+, not "-5"/],
    [['--latency-ms', '-5'], /--latency-ms/],
    [['--max-requests', 'all'], /--max-requests needs a whole number from 0 to \d+, not "all"/],
    [['--code-retention-ms=-1'], /--code-retention-ms needs a whole number from 0 to \d+, not "-1"/],
    [['serve'], /serve/],
    [['--port', '0', '--host', '256.0.0.1'], /cannot listen on 256\.0\.0\.1 port 0/],
  ] as [string[], RegExp][])('should exit 2 with one line on stderr for %j', async ([args, message], { expect }) => {
    const refused = run(args);
    expect(await refused.exit).toEqual({ code: 2, signal: null });
    expect(refused.stderr()).toMatch(message);
    expect(refused.stderr().trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr()).toMatch(/^fastpass-mock: /);
    expect(refused.stdout()).toBe('');
  });

  it('should say in one line that it needs msw when msw is not installed', async ({ expect }) => {
    // The same build, copied where no node_modules can be found.
    const alone = mkdtempSync(join(tmpdir(), 'fastpass-mock-alone-'));
    try {
      cpSync(outDir, alone, { recursive: true });
      const refused = run(['--port', '0'], join(alone, 'fastpass-mock.mjs'));
      expect(await refused.exit).toEqual({ code: 2, signal: null });
      expect(refused.stderr()).toBe(
        'fastpass-mock: needs msw 2 (an optional peer dependency of react-fastpass-qrcode): npm install --save-dev msw@2\n',
      );
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
