import { z } from 'zod';

/**
 * What a desk says about itself with every request to head office, as headers (older desks send
 * none; head office then keeps what it last heard): its app version, its clock when it sent the
 * request (ms since 1970, head office works out the offset from its own clock at receipt), and how
 * many of its events are waiting to be sent. Head office shows them on its stores screen.
 */
export const deskStatusHeaders = { appVersion: 'x-desk-app-version', clock: 'x-desk-clock', waiting: 'x-desk-waiting' } as const;

export type DeskStatus = { appVersion: string; clock: number; waiting: number };

/** 2000-01-01 to 2200-01-01: a clock reading outside is no clock, not an offset worth showing. */
const clockMs = z.string().regex(/^\d{1,15}$/).transform(Number).pipe(z.number().int().min(946_684_800_000).max(7_258_118_400_000));
const schemas = {
  appVersion: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/),
  clock: clockMs,
  // A PostgreSQL integer holds it; no desk holds anywhere near 2 billion unsent events.
  waiting: z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().min(0).max(2 ** 31 - 1)),
};

/** The headers for `status`. */
export const headersOf = (status: DeskStatus): Record<string, string> => ({
  [deskStatusHeaders.appVersion]: status.appVersion,
  [deskStatusHeaders.clock]: String(Math.round(status.clock)),
  [deskStatusHeaders.waiting]: String(status.waiting),
});

/**
 * What a request's headers say, each on its own: a missing, repeated or malformed value is left out
 * (null) and never fails the request it came with.
 */
export function readDeskStatus(headers: Record<string, string | string[] | undefined>): { [K in keyof DeskStatus]: DeskStatus[K] | null } {
  const read = <K extends keyof DeskStatus>(key: K): DeskStatus[K] | null => {
    const parsed = schemas[key].safeParse(headers[deskStatusHeaders[key]]);
    return parsed.success ? (parsed.data as DeskStatus[K]) : null;
  };
  return { appVersion: read('appVersion'), clock: read('clock'), waiting: read('waiting') };
}
