import type { NextConfig } from 'next';

// This app is its own project (its own lockfile), inside the library's repository: say so, or Next.js
// takes the repository's root for the workspace root.
const root = import.meta.dirname;

const nextConfig: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
