import type { forms as en } from './en.js';

export const forms: typeof en = {
  field: { required: 'Vyplňte toto pole.' },
  date: {
    placeholder: 'd. m. rrrr',
    format: 'Zadejte datum jako 1. 12. 2026 (den. měsíc. rok).',
    future: 'Datum nákupu je v budoucnosti. Zkontrolujte datum na účtence.',
  },
  draft: {
    discard: 'Zahodit rozepsané',
    notKept: 'Rozepsaný formulář se nepodařilo uložit: {{reason}}',
  },
  length: {
    count: '{{count}} z {{max}} znaků',
    over: 'O {{over}} znaků více, než je limit {{max}}. Text zkraťte: nic nebylo oříznuto.',
  },
  zeroRefund: {
    question: 'Vrácená částka je {{amount}}. Zaznamenat vrácení zboží bez vrácení peněz?',
    confirm: 'Zaznamenat bez vrácení peněz',
    back: 'Zpět do formuláře',
  },
  complaint: {
    productRequired: 'Uveďte vadný výrobek.',
    contactRequired: 'Uveďte telefon nebo e-mail zákazníka, aby se dozvěděl výsledek.',
  },
};
