import type { Config } from '@react-router/dev/config';

export default {
  // Server rendering: each document request runs the route's loader, which prefetches the code.
  ssr: true,
  // The server build is an ES module; `npm init -y` makes this package CommonJS ("type": "commonjs"), so the
  // build's file says what it is by its extension (react-router-serve ./build/server/index.mjs).
  serverBuildFile: 'index.mjs',
} satisfies Config;
