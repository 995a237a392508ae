import type { privacy as en } from './en.js';

export const privacy: typeof en = {
  menu: 'Údaje zákazníka',
  title: 'Údaje zákazníka',
  intro: 'Když se zákazník ptá, jaké údaje o něm máme, nebo žádá o jejich výmaz: najděte ho podle telefonu, e-mailu nebo celého jména. Každé hledání a výmaz schvaluje vedoucí.',
  query: 'Telefon, e-mail nebo celé jméno',
  pin: 'PIN vedoucího',
  find: 'Hledat',
  found: 'Nalezené případy: {{count}}',
  none: 'Tento kontakt není u žádného případu.',
  exportJson: 'Export (JSON)',
  print: 'Vytisknout přehled',
  erase: 'Vymazat kontakt z těchto případů',
  eraseConfirm: 'Vymazat jméno, telefon, e-mail a komentáře z těchto případů ({{count}})? Případy a jejich čísla zůstanou. Nelze vrátit zpět.',
  erasedCount: 'Kontakt vymazán z případů: {{count}}.',
  summaryTitle: 'Co o zákazníkovi evidujeme: {{query}}',
  summaryMade: 'Vytvořeno {{date}}',
  col: { caseNo: 'Případ', type: 'Druh', opened: 'Založeno', status: 'Stav', contact: 'Kontakt', subject: 'Předmět' },
  erasedEvent: 'Kontakt vymazán',
  erased: 'Vymazáno ({{reason}})',
  reason: { retention: 'uplynula doba uchování', request: 'na žádost zákazníka' },
};
