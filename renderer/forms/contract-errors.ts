import type { z } from 'zod';
import type { FieldErrors } from './field-errors.js';

type Words = {
  /** The field's own hint ("Type the amount like 199,90"), when it has one. */
  hintFor(path: string): string | undefined;
  required: string;
  tooLong(over: number, max: number): string;
  invalid: string;
};

const lengthAt = (input: unknown, path: PropertyKey[]) => {
  const value = path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown> | undefined)?.[k], input);
  return typeof value === 'string' ? value.length : 0;
};

/**
 * Everything the desk's contract would refuse in this input, by field, before it is sent: the
 * same zod schema the core parses with, so the form names all of it at once (the core then finds
 * nothing more of this kind).
 */
export function contractErrors(schema: z.ZodType, input: unknown, words: Words): FieldErrors {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    if (errors[path]) continue;
    if (issue.code === 'too_small' && issue.origin === 'string') errors[path] = words.required;
    else if (issue.code === 'too_big' && issue.origin === 'string') errors[path] = words.tooLong(lengthAt(input, issue.path) - Number(issue.maximum), Number(issue.maximum));
    else errors[path] = words.hintFor(path) ?? words.invalid;
  }
  return errors;
}
