import type { RegisterFile } from '../../shared/api/register.js';

/** Offers a file the desk made as a download (Blob + <a download>): the renderer writes no files itself. */
export function downloadFile(file: RegisterFile) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // The browser has taken the file once the click's task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
