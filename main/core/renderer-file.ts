import { join, normalize, sep } from 'node:path';

/**
 * The file behind an app://desk/ URL, or null for anything outside the renderer folder or another
 * host. Kept out of app-protocol.ts so it is tested under plain Node.
 */
export function rendererFile(rendererDir: string, requestUrl: string): string | null {
  const url = new URL(requestUrl);
  if (url.protocol !== 'app:' || url.host !== 'desk') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  const root = normalize(rendererDir) + sep;
  const file = normalize(join(rendererDir, path));
  return file.startsWith(root) ? file : null;
}
