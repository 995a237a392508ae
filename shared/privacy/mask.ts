/**
 * Contact as lists show it: enough to tell customers apart at the counter, not enough to read off
 * a screen. The case itself shows it in full.
 */
const dot = '•';

/** "+420 777 123 789" -> "+420 ••• ••• 789": the country code (when written with +) and the last 3 digits stay, grouping kept. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  const prefix = /^\s*\+\d{1,3}(?=[\s./-])/.exec(phone)?.[0] ?? '';
  let left = digits - prefix.replace(/\D/g, '').length;
  return prefix + phone.slice(prefix.length).replace(/\d/g, (d) => (left-- > 3 ? dot : d));
}

/** "jana.novakova@example.com" -> "j•••@example.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return dot.repeat(3);
  return `${email[0]}${dot.repeat(3)}${email.slice(at)}`;
}

/** "Jana Nováková" -> "J. N.": initials only. */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0]!.toLocaleUpperCase()}.`)
    .join(' ');
}
