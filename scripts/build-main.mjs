import { build } from 'esbuild';
import { mainBuildOptions } from './main-build-options.mjs';

await build(mainBuildOptions);
