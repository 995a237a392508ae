/** Errors by field path, the same paths the API names in `error.fields` ("customer.phone", "lines.0.unitPrice.amount"). */
export type FieldErrors = Record<string, string>;

/** The error for a field: one named for it or for anything inside it ("lines.0.unitPrice.amount" marks "lines.0.unitPrice"). */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(`${name}.`) || name.startsWith(`${path}.`)) return message;
  }
  return undefined;
}

/** Whether a field path is what an error names (same rule as errorAt, for ordering and labels). */
export const fieldMatches = (errorPath: string, name: string) =>
  errorPath === name || errorPath.startsWith(`${name}.`) || name.startsWith(`${errorPath}.`);

/** The API's invalid field paths as errors, each with the field's own hint when it has one. */
export function serverFieldErrors(fields: readonly string[], hintFor: (path: string) => string): FieldErrors {
  return Object.fromEntries(fields.map((f) => [f, hintFor(f)]));
}
