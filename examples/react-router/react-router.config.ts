import type { Config } from '@react-router/dev/config';

export default {
  // Server rendering: each document request runs the route's loader, which prefetches the code.
  ssr: true,
} satisfies Config;
