import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Module, { createRequire } from 'node:module';
import { build } from 'esbuild';
import { mainBuildOptions } from '../../scripts/main-build-options.js';
import { fakeElectron } from './fake-electron.js';
import { until } from './until.js';

type Loader = (request: string, ...rest: unknown[]) => unknown;

/**
 * The real bundle of the main process, loaded against a recording fake of 'electron'. It is built
 * inside the repo so that its external packages (libsql) resolve from node_modules as when packaged.
 * Call `start()` in beforeAll and `stop()` in afterAll.
 */
export function bundledMain() {
  mkdirSync('dist', { recursive: true });
  const dir = mkdtempSync(join('dist', 'test-electron-main-'));
  const fake = fakeElectron(join(process.cwd(), dir, 'userData'));
  const loader = Module as unknown as { _load: Loader };
  const originalLoad = loader._load;
  return {
    dir,
    fake,
    async start() {
      await build({ ...mainBuildOptions, outdir: join(dir, 'main'), sourcemap: false, logLevel: 'error' });
      loader._load = (request, ...rest) => (request === 'electron' ? fake.electron : originalLoad(request, ...rest));
      createRequire(import.meta.url)(join(process.cwd(), dir, 'main', 'index.cjs'));
      fake.ready();
      await until(() => fake.rec.windows.length > 0);
    },
    stop() {
      fake.rec.appEvents.get('will-quit')?.();
      loader._load = originalLoad;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
