/* Vite: the app, its Web Worker and the default dataset (served from data/default as assets). */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, fs: { allow: ['.'] } },
  preview: { port: 4173 },
  // The manifest lets bench/bundle-size.ts and tests/e2e/lean-loading.spec.ts name the chunks.
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, manifest: true },
});
