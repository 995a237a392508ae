import { useState, type MouseEvent, type ReactNode } from 'react';
import { refusal, type ApiError } from './api.js';
import { useErrorWords } from './ErrorText.js';

/**
 * Fetches a file head office makes and hands it to the browser as a download. A refusal (the
 * session over, head office busy making other PDFs, no network) comes back as a value: left to the
 * browser, it would save head office's answer as the file or fail with no word of why.
 */
async function download(href: string): Promise<ApiError | null> {
  let res: Response;
  try {
    res = await fetch(href, { credentials: 'same-origin' });
  } catch {
    return { code: 'network', message: '' };
  }
  if (!res.ok) return refusal(res, href);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '';
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  // The browser has taken the file once the click is handled; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}

/** A link to a file head office makes (a CSV, a register's PDF) that says why, in the user's language, when it is refused. */
export function DownloadLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const words = useErrorWords();
  const [error, setError] = useState<ApiError | null>(null);
  const [fetching, setFetching] = useState(false);
  const click = async (e: MouseEvent) => {
    e.preventDefault();
    if (fetching) return;
    setFetching(true);
    setError(await download(href));
    setFetching(false);
  };
  return (
    <>
      <a className={className} href={href} download onClick={click} aria-busy={fetching}>{children}</a>
      {error && <span className="error" role="alert">{words(error)}</span>}
    </>
  );
}
