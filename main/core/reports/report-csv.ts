import { stringify } from 'csv-stringify/sync';
import type { i18n } from 'i18next';
import type { DeskReport, ReportCsv } from '../../../shared/api/reports.js';
import type { Locale } from '../../../shared/domain/jurisdiction.js';

/**
 * How Excel reads a CSV it opens by double-click depends on the PC's regional settings: with
 * Czech, Bulgarian, Ukrainian or Russian ones the list separator is ";" and the decimal sign ",";
 * with English ones "," and ".". The BOM makes it read UTF-8 (Cyrillic and diacritics intact).
 */
const separators = (locale: Locale) => (locale === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' });

/** A text cell that starts like a formula (=, +, -, @) is prefixed with ' so Excel never runs it (a staff name typed as "=HYPERLINK(…)"). */
const safeText = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * One row per figure: section, item, detail, count, value and its unit. Money is in units with
 * the locale's decimal sign and the currency as unit; CSAT rows give the average (1–5) and the
 * share of satisfied customers (%).
 */
export function reportCsv(r: DeskReport, t: i18n, locale: Locale, deskName: string): ReportCsv {
  const { delimiter, decimal } = separators(locale);
  const tr = (key: string) => t.t(key);
  const number = (n: number) => String(n).replace('.', decimal);
  const money = (minor: number) => ({ value: (minor / 100).toFixed(2).replace('.', decimal), unit: r.currency });
  const rows: string[][] = [];
  const add = (section: string, item: string, detail: string, count: number | null, value: { value: string; unit: string } | null = null) =>
    rows.push([tr(`reports:section.${section}`), safeText(item), safeText(detail), count === null ? '' : number(count), value?.value ?? '', value?.unit ?? '']);

  for (const c of r.counts) add('counts', tr(`terms:caseType.${c.type}`), tr(`terms:status.${c.status}`), c.count);
  for (const [m, amount] of Object.entries(r.refundsByMethod)) add('refundsByMethod', tr(`terms:refundMethod.${m}`), '', null, money(amount));
  add('refundsByMethod', tr('reports:total'), '', null, money(r.totalRefunds));
  for (const x of r.refundsByReason) add('refundsByReason', tr(`terms:reason.${x.reason}`), '', x.lines, money(x.amount));
  for (const x of r.refundsByStaff) add('refundsByStaff', x.name, '', x.cases, money(x.amount));
  add('drawer', tr('reports:cashOut'), '', null, money(-r.drawer.cashOut));
  add('drawer', tr('reports:cashIn'), '', null, money(r.drawer.cashIn));
  add('drawer', tr('reports:cashNet'), '', null, money(r.drawer.net));
  add('complaints', tr('reports:open'), '', r.complaints.open);
  add('complaints', tr('reports:overdue'), '', r.complaints.overdue);
  add('complaints', tr('reports:dueSoon'), '', r.complaints.dueSoon);
  for (const x of r.csat) {
    add('csat', x.name, x.week, x.ratings, { value: number(x.average), unit: tr('reports:column.average') });
    add('csat', x.name, x.week, x.ratings, { value: number(x.satisfiedPercent), unit: `% ${tr('reports:column.satisfied')}` });
  }
  for (const d of r.days) add('days', d.day, '', d.cases, money(d.refunds));

  const header = ['section', 'item', 'detail', 'count', 'value', 'unit'].map((k) => tr(`reports:column.${k}`));
  const csv = stringify([header, ...rows], { bom: true, delimiter, record_delimiter: 'windows' });
  return { filename: `report-${deskName}-${r.from}-${r.to}.csv`, csv };
}
