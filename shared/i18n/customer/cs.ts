import type { customer as en } from './en.js';

export const customer: typeof en = {
  screenTitle: 'Obrazovka pro zákazníka',
  welcome: 'Vítejte',
  question: 'Byl váš problém vyřešen?',
  solved: { yes: 'Ano', partly: 'Částečně', no: 'Ne' },
  rate: 'Jak hodnotíte naše služby?',
  star: '{{score}} z 5',
  comment: 'Chcete nám ještě něco sdělit? (nepovinné)',
  commentCount: '{{count}} z {{max}} znaků',
  send: 'Odeslat',
  pickBoth: 'Vyberte prosím odpověď a hodnocení.',
  thanks: 'Děkujeme!',
  thanksDetail: 'Vaše odpověď nám pomáhá zlepšovat služby.',
  gone: 'Tato otázka už není aktivní. Přesto děkujeme.',
  failed: 'Odpověď se nepodařilo odeslat. Řekněte to prosím obsluze.',
  panel: {
    title: 'Obrazovka pro zákazníka',
    language: 'Jazyk zákazníka',
    ask: 'Zeptat se zákazníka',
    asked: 'Otázka je na obrazovce pro zákazníka.',
    cancel: 'Stáhnout z obrazovky',
  },
};
