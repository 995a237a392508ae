import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from './security.js';
import { rendererFile } from './core/renderer-file.js';

/** The app's pages come from app://desk/, a custom scheme over the packaged renderer folder. */
export const appOrigin = 'app://desk';

export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string) {
  protocol.handle('app', async (request) => {
    const file = rendererFile(rendererDir, request.url);
    if (!file) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    return new Response(res.body, { status: res.status, headers });
  });
}
