// How the Electron main process and the preload are bundled: CommonJS, because a sandboxed preload
// cannot load ESM. Everything is bundled except the package's runtime dependencies (native modules
// such as libsql, whose N-API binary is loaded from node_modules as shipped): package.json's
// dependencies are exactly what electron-builder packs into node_modules.
import type { BuildOptions } from 'esbuild';
import pkg from '../package.json' with { type: 'json' };

export const mainBuildOptions: BuildOptions = {
  entryPoints: { index: 'main/index.ts', preload: 'main/preload.ts', 'customer-preload': 'main/customer-preload.ts', 'register-pdf-worker': 'main/core/register/register-pdf-worker.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  external: ['electron', ...Object.keys(pkg.dependencies)],
  // Bundled ES modules that locate files next to themselves (pdfkit, the register's font) read
  // import.meta.url, which CommonJS lacks: it is the bundle's own file URL.
  define: { 'import.meta.url': 'bundleFileUrl' },
  banner: { js: "const bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: true,
  logLevel: 'warning',
};
