import type { register as en } from './en.js';

export const register: typeof en = {
  menu: 'Evidence reklamací',
  title: 'Evidence reklamací uplatněných spotřebiteli v provozovně {{store}}, {{year}}',
  citation: 'Vedena podle čl. 127 odst. 2 a 3 bulharského zákona o ochraně spotřebitele',
  column: {
    no: 'Č.', filedOn: 'Uplatněno', consumer: 'Spotřebitel', goods: 'Zboží', defect: 'Vada',
    remedy: 'Požadované vyřízení', outcome: 'Rozhodnutí', outcomeOn: 'Rozhodnuto',
  },
  pending: 'Nevyřízeno',
  page: 'Strana {{page}} / {{pages}}',
  year: 'Rok',
  count: 'Záznamů: {{count}}',
  empty: 'V evidenci za tento rok nejsou žádné reklamace.',
  downloadCsv: 'Stáhnout CSV',
  downloadPdf: 'Stáhnout PDF (A4)',
  document: { filing: 'Potvrzení o uplatnění reklamace', resolution: 'Potvrzení o vyřízení reklamace' },
  handedEvent: 'Doklad pro zákazníka',
  hand: {
    title: 'Doklady pro zákazníka',
    intro: 'Zákon vyžaduje, aby zákazník tyto doklady dostal, než reklamace může pokračovat.',
    printed: 'Vytištěno a předáno',
    declined: 'Zákazník odmítá',
    waiting: 'Zatím nepředáno',
    donePrinted: 'Předáno (vytištěno) {{date}}, předal(a) {{who}}',
    doneDeclined: 'Zákazník odmítl {{date}}, zaznamenal(a) {{who}}',
  },
};
