import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  // Vite's start-up scan misses these; it would find them on the first page load and reload the page, a
  // second document request in development, and so a second code.
  optimizeDeps: { include: ['@tanstack/react-query', 'react-fastpass-qrcode'] },
});
