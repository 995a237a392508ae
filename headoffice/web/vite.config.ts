import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The head-office web app: static files head office serves (headoffice/src/http/web-app.ts) under a
// CSP that allows no inline script or style, so nothing is inlined into index.html.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/headoffice-web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // One bundle (~570 kB, 175 kB gzipped: React and every language's strings) for a back-office app.
    chunkSizeWarningLimit: 1024,
  },
});
