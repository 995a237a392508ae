import { build } from 'esbuild';
import { mainBuildOptions } from './main-build-options.js';

await build(mainBuildOptions);
