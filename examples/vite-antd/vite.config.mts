import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // antd is most of the bundle; an example app needs no code splitting.
  build: { chunkSizeWarningLimit: 1024 },
});
