import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import type { DeskSetup } from '../../../../shared/settings.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import type { Currency } from '../../../../shared/domain/money.js';
import type { PrinterSettings } from '../../../../shared/printing/printer-settings.js';
import { defaultPrinterSettings } from '../../../../shared/printing/printer-settings.js';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { FakePrinter } from '../../../helpers/fake-printer.js';
import { until } from '../../../helpers/until.js';

/** 2026-03-16 09:30 UTC: every receipt fixture is dated this way (tests run with TZ=UTC). */
export const FIXED_NOW = Date.UTC(2026, 2, 16, 9, 30);

/** The words of one locale's scenario; between them they carry every letter that mojibake breaks. */
export type Scenario = {
  setup: Partial<DeskSetup>;
  clerk: string;
  customer: { name: string; phone: string; email: string };
  product: string;
  description: string;
  reason: string;
  items: [string, string, string];
  currency: Currency;
};

/** What a test may change in the scenario's complaint. */
export type ComplaintWords = Partial<Pick<Scenario, 'customer' | 'description'>>;

export const scenarios: Record<Locale, Scenario> = {
  cs: {
    setup: { storeName: 'Obchod U Řeky', address: 'Husova 12, Český Krumlov', companyId: '12345678', country: 'CZ', language: 'cs', currency: 'CZK' },
    clerk: 'Jiří Šťastný',
    customer: { name: 'Věra Čížková', phone: '+420 602 123 456', email: 'vera@example.cz' },
    product: 'Rychlovarná konvice Ůsměv',
    description: 'Konvice přestala hřát, úchyt je uvolněný, šňůra se žhaví a čidlo nereaguje.',
    reason: 'Vada je odstranitelná; poskytujeme slevu. Výměnu zamítáme, štítek byl poškozen.',
    items: ['Hrnek žlutý', 'Čajová souprava', 'Sklenice ředkev'],
    currency: 'CZK',
  },
  bg: {
    setup: { storeName: 'Магазин Щастие', address: 'ул. Шипка 5, София', companyId: '123456789', country: 'BG', language: 'bg', currency: 'EUR' },
    clerk: 'Ъгълина Щерева',
    customer: { name: 'Мария Щерева', phone: '+359 88 123 4567', email: 'maria@example.bg' },
    product: 'Кана за вода „Южна“',
    description: 'Каната не загрява, дръжката се клати и ѝ липсва винт; щракането спря.',
    reason: 'Дефектът е отстраним; даваме отстъпка. Замяната се отказва, пломбата е скъсана.',
    items: ['Чаша жълта', 'Сервиз за чай', 'Щипка за хляб'],
    currency: 'EUR',
  },
  uk: {
    setup: { storeName: 'Крамниця Ґудзик', address: 'вул. Січових Стрільців 3, Київ', companyId: '12345678', country: 'UA', language: 'uk', currency: 'UAH' },
    clerk: 'Ганна Їжакевич',
    customer: { name: 'Євгенія Ґалаґан', phone: '+380 67 123 4567', email: 'yevheniia@example.ua' },
    product: 'Електрочайник «Ґердан»',
    description: 'Чайник не гріє, ручка хитається; індикатор їсть заряд, щось тріщить, ґудзик не тримає.',
    reason: 'Дефект усувний, надаємо знижку. У заміні відмовлено: пломбу зірвано, є сліди удару.',
    items: ['Чашка жовта', 'Сервіз для чаю', 'Щипці для цукру'],
    currency: 'UAH',
  },
  ru: {
    setup: { storeName: 'Магазин Подъезд', address: 'ул. Щорса 7, Москва', companyId: '7701234567', country: 'RU', language: 'ru', currency: 'RUB' },
    clerk: 'Съёмкин Щукин',
    customer: { name: 'Ольга Щукина', phone: '+7 916 123-45-67', email: 'olga@example.ru' },
    product: 'Электрочайник «Объём»',
    description: 'Чайник не греет, подъёмная крышка щёлкает и не закрывается; съёмный фильтр сломан.',
    reason: 'Дефект устраним, предоставлена скидка. В замене отказано: пломба сорвана, есть следы удара.',
    items: ['Чашка жёлтая', 'Сервиз чайный', 'Щипцы для сахара'],
    currency: 'RUB',
  },
  en: {
    setup: { storeName: 'Corner Shop Říčany', address: 'Masarykovo nám. 1, Říčany', companyId: '12345678', country: 'CZ', language: 'en', currency: 'CZK' },
    clerk: 'Peter O’Neill',
    customer: { name: 'John Smith', phone: '+420 777 000 111', email: 'john@example.com' },
    product: 'Electric kettle',
    description: 'The kettle stopped heating; the handle is loose and the cord gets hot.',
    reason: 'The fault can be repaired, we grant a discount. Replacement refused: the seal is broken.',
    items: ['Yellow mug', 'Tea set', 'Sugar tongs'],
    currency: 'CZK',
  },
};

export const locales = Object.keys(scenarios) as Locale[];

/** A receipt's expected text (test/fixtures/receipts/<locale>/<width>/<kind>.txt). */
export const receiptFixture = (locale: Locale, width: number, kind: string) =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/receipts', locale, String(width), `${kind}.txt`), 'utf8');

/** Printer settings for tests: the fake printer, quick retries, short timeouts. */
export const testPrinter = (url: string, over: Partial<PrinterSettings> = {}): PrinterSettings => ({
  ...defaultPrinterSettings, interface: url, timeoutMs: 500, retry: { firstMs: 20, maxMs: 100 }, ...over,
});

const CLERK_PIN = '1234';

/** A set-up desk in the scenario's country and language, with the clerk signed in. */
export async function scenarioDesk(locale: Locale, printer: PrinterSettings, now?: () => number) {
  const s = scenarios[locale];
  const d = await readyDesk(s.setup, { now });
  ok(await d.client.savePrinterSettings({ settings: printer }));
  ok(await d.client.addStaff({ name: s.clerk, role: 'clerk', pin: CLERK_PIN }));
  ok(await d.client.signIn({ pin: CLERK_PIN }));
  const price = (amount: number) => ({ amount, currency: s.currency });
  const purchase = { purchaseDate: '2026-03-10', proof: 'receipt' as const, receiptNo: 'R-2026-0042' };
  return {
    ...d,
    /** Runs f signed in as the manager (the printer is a manager's to change), then signs the clerk back in. */
    asManager: async <T>(f: () => Promise<T>): Promise<T> => {
      ok(await d.client.signIn({ pin: MANAGER_PIN }));
      try {
        return await f();
      } finally {
        ok(await d.client.signIn({ pin: CLERK_PIN }));
      }
    },
    /** The scenario's complaint, or one with the customer or description given. */
    openComplaint: async (over: ComplaintWords = {}) =>
      ok(await d.client.openComplaint({
        kind: 'defect', remedy: 'repair', description: s.description, customer: s.customer,
        product: { name: s.product, serial: 'SN-77A12' }, purchase, ...over,
      })),
    resolve: async (caseId: string) => {
      // The confirmation may still be on its way to the printer: the customer's copy is not what these tests are about.
      ok(await d.client.handDocument({ caseId, document: 'filing', how: 'declined' }));
      return ok(await d.client.resolveComplaint({ caseId, outcome: 'partly', method: 'price_reduction', reason: s.reason }));
    },
    recordReturn: async (refundMethod: 'cash' | 'card' = 'cash') =>
      ok(await d.client.recordReturn({
        purchase, refundMethod, customer: { name: s.customer.name }, approvalPin: MANAGER_PIN,
        lines: [
          { item: s.items[0], qty: 2, unitPrice: price(129_90), reason: 'changed_mind', condition: 'new', restock: true },
          { item: s.items[1], qty: 1, unitPrice: price(1_249_00), reason: 'defective', condition: 'opened', restock: false },
        ],
      })),
    recordExchange: async () =>
      ok(await d.client.recordExchange({
        purchase, settlement: 'card',
        returned: [{ item: s.items[1], qty: 1, unitPrice: price(1_249_00), reason: 'wrong_size', condition: 'new', restock: true }],
        issued: [{ item: s.items[2], qty: 3, unitPrice: price(499_50) }],
      })),
  };
}

/**
 * A scenario desk printing to a fake printer at 48 columns unless told, both removed when the test
 * ends. nextJob(n) waits for the printer's n-th job and gives its bytes.
 */
export async function printerDesk(locale: Locale, over: Partial<PrinterSettings> = {}) {
  const printer = await FakePrinter.start();
  const d = await scenarioDesk(locale, testPrinter(printer.url, { width: 48, ...over }), () => FIXED_NOW);
  onTestFinished(async () => {
    d.remove();
    await printer.close();
  });
  return { printer, d, nextJob: async (n: number) => (await until(() => printer.jobs.length >= n), printer.jobs[n - 1]!.bytes) };
}
