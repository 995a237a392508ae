import type { Locale } from '../../../../shared/domain/jurisdiction.js';

/** An offset as "+1.5 min", "−3 h", "+12 s", in the user's language. */
export function formatOffset(ms: number, locale: Locale): string {
  const s = Math.abs(ms) / 1000;
  const [value, unit] = s < 60 ? [ms / 1000, 'second'] : s < 3600 ? [ms / 60_000, 'minute'] : s < 86_400 ? [ms / 3_600_000, 'hour'] : [ms / 86_400_000, 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', signDisplay: 'exceptZero', maximumFractionDigits: unit === 'second' ? 0 : 1 }).format(value);
}
