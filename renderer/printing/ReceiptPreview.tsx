import type { ReceiptPreview as Preview } from '../../shared/api/printing.js';

/**
 * A document as the paper will show it. The HTML comes from shared/printing/render-html.ts (via
 * the core, which alone has the layouts, staff names and store): one element per printed line,
 * every piece of text escaped, so injecting it cannot run anything.
 */
export function ReceiptPreview({ preview, label }: { preview: Preview; label: string }) {
  return <figure className="receipt-preview" aria-label={label} dangerouslySetInnerHTML={{ __html: preview.html }} />;
}
