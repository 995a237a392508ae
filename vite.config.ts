import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files: loaded from the package by Electron, served by the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Two pages: the counter, and the customer's own screen (a second window, or /customer in the preview).
    rolldownOptions: { input: { index: 'renderer/index.html', customer: 'renderer/customer/index.html' } },
  },
});
