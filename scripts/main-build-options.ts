// How the Electron main process and the preload are bundled: CommonJS, because a sandboxed preload
// cannot load ESM. libsql stays external: its N-API binary is loaded from node_modules as shipped.
import type { BuildOptions } from 'esbuild';

export const mainBuildOptions: BuildOptions = {
  entryPoints: { index: 'main/index.ts', preload: 'main/preload.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  external: ['electron', 'libsql'],
  sourcemap: true,
  logLevel: 'warning',
};
