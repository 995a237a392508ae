import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files: loaded from the package by Electron, served by the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
