import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The web app is built into dist/app at the repository root; the server serves that folder.
// No inline scripts or styles end up in index.html, so the server's strict CSP holds (app/README.md).
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/app', import.meta.url)),
    emptyOutDir: true,
    // Vite would inline small assets as data: URLs; keep them as files so img-src/font-src stay 'self'.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
    manifest: true, // app/scripts/size.mjs reads it to measure the first load
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
