import type { register as en } from './en.js';

export const register: typeof en = {
  menu: 'Реестр рекламаций',
  title: 'Реестр рекламаций, предъявленных потребителями в торговом объекте {{store}}, {{year}} г.',
  citation: 'Ведётся согласно ст. 127, ч. 2 и 3 Закона Болгарии о защите потребителей',
  column: {
    no: '№', filedOn: 'Дата предъявления', consumer: 'Потребитель', goods: 'Товар', defect: 'Несоответствие',
    remedy: 'Требование', outcome: 'Решение', outcomeOn: 'Дата решения', caseNo: 'Обращение',
  },
  pending: 'Не решено',
  page: 'Страница {{page}} / {{pages}}',
  year: 'Год',
  count: 'Записей: {{count}}',
  empty: 'В реестре нет рекламаций за этот год.',
  downloadCsv: 'Скачать CSV',
  downloadPdf: 'Скачать PDF (A4)',
  document: { filing: 'Подтверждение приёма претензии', resolution: 'Решение по претензии' },
  handedEvent: 'Документ для покупателя',
  hand: {
    title: 'Документы для покупателя',
    intro: 'Закон требует передать покупателю эти документы, прежде чем претензия пойдёт дальше.',
    printed: 'Напечатан и передан',
    declined: 'Покупатель отказывается',
    waiting: 'Ещё не передан',
    donePrinted: 'Передан (напечатан) {{date}}, передал(а) {{who}}',
    doneDeclined: 'Покупатель отказался {{date}}, записал(а) {{who}}',
  },
};
