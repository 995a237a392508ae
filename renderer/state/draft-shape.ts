/**
 * A draft read back from the desk, fitted to the form's empty draft: a value of the wrong kind (a
 * draft from an older version, a hand-edited database) gives way to the empty one, so a form never
 * renders something it cannot show. Parts the empty draft leaves open (null, an empty list, a key it
 * does not have yet, e.g. the sale a receipt found) are taken as they were saved.
 */
export function fitDraft<T>(empty: T, saved: unknown): T {
  if (empty === null || empty === undefined) return (saved ?? empty) as T;
  if (Array.isArray(empty)) {
    if (!Array.isArray(saved)) return empty;
    return (empty.length ? saved.map((item) => fitDraft(empty[0], item)) : saved) as T;
  }
  if (typeof empty === 'object') {
    if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return empty;
    const template = empty as Record<string, unknown>;
    const given = saved as Record<string, unknown>;
    const keys = new Set([...Object.keys(template), ...Object.keys(given)]);
    return Object.fromEntries([...keys].map((k) => [k, k in template ? fitDraft(template[k], given[k]) : given[k]])) as T;
  }
  return (typeof saved === typeof empty ? saved : empty) as T;
}
