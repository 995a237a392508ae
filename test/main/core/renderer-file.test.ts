import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { rendererFile } from '../../../main/core/renderer-file.js';

const dir = '/opt/desk/renderer';

describe('app:// files', () => {
  test('serves the index and assets from the renderer folder', () => {
    expect(rendererFile(dir, 'app://desk/')).toBe(join(dir, 'index.html'));
    expect(rendererFile(dir, 'app://desk/assets/index-abc.js')).toBe(join(dir, 'assets/index-abc.js'));
  });

  test.each(['app://desk/../../etc/passwd', 'app://desk/%2e%2e/%2e%2e/etc/passwd', 'app://desk/assets/..%2f..%2f..%2fetc%2fpasswd'])(
    'never leaves the renderer folder: %s',
    (url) => {
      const file = rendererFile(dir, url);
      expect(file === null || file.startsWith(`${dir}/`)).toBe(true);
    },
  );

  test('decoded slashes cannot climb out', () => {
    expect(rendererFile(dir, 'app://desk/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
  });

  test.each(['app://other/index.html', 'app://desk/%E0%A4%A', 'file:///etc/passwd'])('refuses %s', (url) => {
    expect(rendererFile(dir, url)).toBeNull();
  });
});
