import { z } from 'zod';
import { lineWidths } from './layout-lines.js';
import { printerDevicePath } from './printer-device.js';

/** Where jobs go: `tcp://host:port`, a printer device (/dev/usb/lp0, COM3), or nowhere (preview only). */
export const printerInterfaceSchema = z.union([
  z.literal('none'),
  z.string().trim().regex(/^tcp:\/\/[A-Za-z0-9.-]+:\d{1,5}$/).refine((s) => Number(s.split(':').at(-1)) <= 65535, 'port'),
  z.string().transform((s, ctx) => {
    const device = printerDevicePath(s);
    if (!device) ctx.addIssue({ code: 'custom', message: 'not a printer device' });
    return device ?? z.NEVER;
  }),
]);

const codePageNumber = z.number().int().min(0).max(255);

/**
 * One receipt printer. The code-page numbers differ by model, not by standard: Epson uses
 * 1251 = 46 and 1250 = 45, many clones 1251 = 23; Star selects them with its own command.
 */
export const printerSettingsSchema = z.object({
  type: z.enum(['epson', 'star']),
  interface: printerInterfaceSchema,
  width: z.union(lineWidths.map((w) => z.literal(w)) as [z.ZodLiteral<32>, z.ZodLiteral<35>, z.ZodLiteral<42>, z.ZodLiteral<48>]),
  codePages: z.object({ win1251: codePageNumber, win1250: codePageNumber, ascii: codePageNumber }),
  copies: z.number().int().min(1).max(5),
  cashDrawer: z.boolean(),
  /** Ask the printer for its status (DLE EOT) before and after a job; off only for printers that never answer. */
  statusCheck: z.boolean(),
  /** How long to wait for the printer to connect or answer. */
  timeoutMs: z.number().int().min(100).max(60_000),
  /** Retry backoff: first delay, doubling up to the max. */
  retry: z.object({ firstMs: z.number().int().min(10).max(600_000), maxMs: z.number().int().min(10).max(3_600_000) }),
});
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;
export type PrinterType = PrinterSettings['type'];

/** Factory numbers per printer command set. */
export const defaultCodePages: Record<PrinterType, PrinterSettings['codePages']> = {
  epson: { win1251: 46, win1250: 45, ascii: 0 },
  star: { win1251: 34, win1250: 33, ascii: 1 },
};

export const defaultPrinterSettings: PrinterSettings = {
  type: 'epson',
  interface: 'none',
  width: 42,
  codePages: defaultCodePages.epson,
  copies: 1,
  cashDrawer: false,
  statusCheck: true,
  timeoutMs: 5_000,
  retry: { firstMs: 2_000, maxMs: 60_000 },
};
