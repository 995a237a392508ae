import type { i18n } from 'i18next';
import { createI18n } from '../../../../shared/i18n/index.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { Money } from '../../../../shared/domain/money.js';
import { hlcWallMs } from '../../../../shared/domain/hlc.js';

/** Who prints: what every receipt's header needs besides the case. */
export type StoreInfo = {
  name: string;
  address: string;
  companyId: string;
  /** Set by a manager after setup (Settings → Store details); printed when set. */
  vatId?: string;
  phone?: string;
  storeCode: string;
  deskCode: string;
  /** Staff id -> name, for "served by". */
  staff: Record<string, string>;
};

/** Locale-aware wording and formatting for one receipt. */
export type ReceiptFormat = {
  locale: Locale;
  t: (key: string, params?: Record<string, string | number>) => string;
  money: (m: Money) => string;
  /** An event's time (its HLC) or epoch ms, as date and time. */
  dateTime: (at: string | number) => string;
  /** A calendar date (YYYY-MM-DD). */
  date: (iso: string) => string;
};

/**
 * One format per locale for the life of the process: building the translator and the Intl
 * formatters cost about a quarter of a recorded return's CPU when done for every document.
 */
const formats = new Map<Locale, ReceiptFormat>();

/** Times in the desk's own time zone: the receipt shows the time on the shop's clock. */
export function receiptFormat(locale: Locale): ReceiptFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = newReceiptFormat(locale)));
  return format;
}

function newReceiptFormat(locale: Locale): ReceiptFormat {
  const t: i18n = createI18n(locale);
  const dateTime = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  // Calendar dates have no zone: format them as UTC midnight so they never shift a day.
  const date = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const money = new Map<string, Intl.NumberFormat>();
  // A receipt asks for some twenty texts, nearly all the same every time; i18next resolves each anew
  // (a tenth of a return's CPU). The translations never change while the process runs; the memo is
  // emptied now and then, as texts with a customer's or an amount in them are all different.
  const memo = new Map<string, string>();
  return {
    locale,
    t: (key, params) => {
      const id = params ? `${key}\0${JSON.stringify(params)}` : key;
      let s = memo.get(id);
      if (s === undefined) {
        if (memo.size >= 1000) memo.clear();
        memo.set(id, (s = t.t(key, params ?? {})));
      }
      return s;
    },
    money: (m) => {
      let f = money.get(m.currency);
      // English receipts print plain ASCII, so the ISO code rather than a symbol.
      if (!f) money.set(m.currency, (f = new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, currencyDisplay: locale === 'en' ? 'code' : 'symbol' })));
      return f.format(m.amount / 100);
    },
    dateTime: (at) => dateTime.format(new Date(typeof at === 'string' ? hlcWallMs(at) : at)),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
  };
}
