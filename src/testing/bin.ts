#!/usr/bin/env node
/// <reference types="node" />
// `npx fastpass-mock`: the mock Authing of react-fastpass-qrcode/testing on a real HTTP port.
// Only Node's own modules and the mock's defaults are imported up front, so that a missing msw (an optional
// peer) is one clear line.
import { parseArgs } from 'node:util';
import { DEFAULT_MOCK_LIFETIME_MS, DEFAULT_MOCK_MAX_REQUESTS, defaultCodeRetentionMs } from './mockDefaults';
import type { FastpassMockServer } from './mockServerTypes';

const USAGE = `Usage: fastpass-mock [--port 4010] [--host 127.0.0.1] [--lifetime-ms ${DEFAULT_MOCK_LIFETIME_MS}] [--latency-ms 0]
                     [--max-requests ${DEFAULT_MOCK_MAX_REQUESTS}] [--code-retention-ms ${defaultCodeRetentionMs(DEFAULT_MOCK_LIFETIME_MS)}]

A mock Authing (the Fastpass endpoints of its V3 API, with CORS) on a real HTTP port, for Playwright
or Cypress suites, a Next.js server or curl. Give the client the printed URL as appHost, the printed
app id, and one of the printed access tokens. Control endpoints under /__fastpass-mock/ play the token
app (scan, confirm, cancel, expire), inject faults, list what was received, and reset.

Options:
  --port <n>          TCP port; 0 takes any free port. Default: 4010
  --host <host>       interface to listen on. Default: 127.0.0.1. The client accepts http on loopback
                      hosts only: on any other host, put https in front.
  --lifetime-ms <n>   how long a code stays valid, in ms. Default: ${DEFAULT_MOCK_LIFETIME_MS} (as Authing's)
  --latency-ms <n>    a delay before every answer, in ms. Default: 0
  --max-requests <n>  how many requests /__fastpass-mock/requests keeps, the newest. Default: ${DEFAULT_MOCK_MAX_REQUESTS}
  --code-retention-ms <n>
                      how long a finished code (authorized, cancelled, expired) is still answered
                      before it is forgotten, in ms. Default: ${defaultCodeRetentionMs(DEFAULT_MOCK_LIFETIME_MS)}, or --lifetime-ms if longer
  -h, --help          show this help

Exit codes: 0 after Ctrl-C or SIGTERM, 2 for bad flags, a port in use or a missing msw.
`;

/** A usage error: one line on stderr, exit code 2. */
class UsageError extends Error {}

function integer(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} needs a whole number from ${min} to ${max}, not "${text}" (fastpass-mock --help)`);
  }
  return value;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'lifetime-ms': { type: 'string' },
      'latency-ms': { type: 'string' },
      'max-requests': { type: 'string' },
      'code-retention-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const port = integer('--port', values.port ?? '4010', 0, 65_535);
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host needs a host name or address');
  const lifetimeMs = integer('--lifetime-ms', values['lifetime-ms'] ?? String(DEFAULT_MOCK_LIFETIME_MS), 1);
  const latencyMs = integer('--latency-ms', values['latency-ms'] ?? '0', 0);
  const maxRequests = integer('--max-requests', values['max-requests'] ?? String(DEFAULT_MOCK_MAX_REQUESTS), 0);
  const codeRetentionMs = integer('--code-retention-ms', values['code-retention-ms'] ?? String(defaultCodeRetentionMs(lifetimeMs)), 0);

  try {
    await import('msw');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /['"]msw['"]/.test(firstLine(error))) {
      throw new UsageError('needs msw 2 (an optional peer dependency of react-fastpass-qrcode): npm install --save-dev msw@2');
    }
    throw error;
  }
  const { createFastpassMockServer } = await import('./createFastpassMockServer');

  let server: FastpassMockServer;
  try {
    server = await createFastpassMockServer({ port, host, lifetimeMs, latencyMs, maxRequests, codeRetentionMs });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is in use (--port 0 takes any free port)`);
    throw new UsageError(`cannot listen on ${host} port ${port}: ${code ?? firstLine(error)}`);
  }

  const { FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_SESSIONS } = await import('./fixtures');
  const { FASTPASS_MOCK_CONTROL_ROUTES, FASTPASS_MOCK_SERVED_ENDPOINTS } = await import('./controlHandlers');
  const route = ({ method, path, about }: { method: string; path: string; about: string }) =>
    `    ${method.padEnd(4)} ${path.padEnd(40)} ${about}`;
  process.stdout.write(
    [
      `fastpass-mock: a mock Authing listening on ${server.url}`,
      '',
      `  appHost        ${server.url}   (the client's appHost; codes name it as apiHost)`,
      `  appId          ${FASTPASS_MOCK_APP_ID}`,
      ...FASTPASS_MOCK_SESSIONS.map(({ token, about }, index) => `${index === 0 ? '  access tokens  ' : ' '.repeat(17)}${token.padEnd(30)} ${about}`),
      `  codes          valid for ${lifetimeMs} ms; every answer delayed by ${latencyMs} ms`,
      `  memory         keeps the newest ${maxRequests} requests; forgets a finished code after ${codeRetentionMs} ms`,
      '',
      '  Authing endpoints (send x-authing-app-id and authorization: <access token>)',
      ...FASTPASS_MOCK_SERVED_ENDPOINTS.map(route),
      '  Control endpoints (plain JSON)',
      ...FASTPASS_MOCK_CONTROL_ROUTES.map(route),
      '',
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );

  const stop = (signal: NodeJS.Signals) => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    // A second signal while closing takes Node's default way out.
    server.close().then(
      () => process.stderr.write(`fastpass-mock: stopped (${signal})\n`),
      (error: unknown) => {
        process.stderr.write(`fastpass-mock: ${firstLine(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // parseArgs throws TypeErrors with codes ERR_PARSE_ARGS_*: a flag the user has to fix.
  const code = (error as NodeJS.ErrnoException).code;
  const badFlag = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`fastpass-mock: ${firstLine(error)}${badFlag ? ' (fastpass-mock --help)' : ''}\n`);
  process.exitCode = 2;
});
