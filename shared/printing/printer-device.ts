/**
 * The local printer devices a desk may print to. The print path writes receipt text (which a clerk
 * types) to this device, so anything else — a file, a path climbing out of /dev, a drive path —
 * would let a clerk write into any file the app can reach.
 */
const posixDevice = /^\/dev\/(usb\/lp|lp|ttyUSB|ttyACM|ttyS)\d{1,3}$/;
const windowsDevice = /^(?:\\\\\.\\)?(COM[1-9]\d{0,2}|LPT[1-9])$/i;

/**
 * The canonical path of a printer device (`/dev/usb/lp0`, `\\.\COM3`), or null when the text
 * names anything else. POSIX paths are normalised first (`//` and `.` folded); any `..` is refused
 * outright rather than resolved, since it can only be there to climb somewhere else.
 */
export function printerDevicePath(raw: string): string | null {
  const s = raw.trim();
  const win = windowsDevice.exec(s);
  if (win) return `\\\\.\\${win[1]!.toUpperCase()}`;
  if (!s.startsWith('/')) return null;
  const parts = s.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return null;
  const normalised = `/${parts.join('/')}`;
  return posixDevice.test(normalised) ? normalised : null;
}
