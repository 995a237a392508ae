import type { z } from 'zod';
import { HeadOfficeError } from '../store/errors.js';

/** A request body checked against its schema: a 400 naming each field that is wrong (the web app words it in the user's language). */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'body'))];
  const error = new HeadOfficeError(400, 'malformed', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  throw Object.assign(error, { fields });
}
