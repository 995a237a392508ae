/// <reference types="vite/client" />
import type { DeskApi } from '../shared/api/index.js';

declare global {
  interface Window {
    /** Set by main/preload.ts in Electron; absent in the browser preview, which talks HTTP. */
    desk?: DeskApi;
  }
}
