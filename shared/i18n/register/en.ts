/** The BG complaints register and the documents the law requires (shared/law). */
export const register = {
  menu: 'Complaints register',
  title: 'Register of complaints lodged by consumers at {{store}}, {{year}}',
  citation: 'Kept under Art. 127(2) and (3) of the Bulgarian Consumer Protection Act',
  column: {
    no: 'No.', filedOn: 'Lodged on', consumer: 'Consumer', goods: 'Goods', defect: 'Non-conformity',
    remedy: 'Remedy requested', outcome: 'Decision', outcomeOn: 'Decided on',
  },
  pending: 'Pending',
  page: 'Page {{page}} / {{pages}}',
  year: 'Year',
  count: 'Entries: {{count}}',
  empty: 'No complaints in the register for this year.',
  downloadCsv: 'Download CSV',
  downloadPdf: 'Download PDF (A4)',
  document: { filing: 'Confirmation of the claim', resolution: 'Decision on the claim' },
  handedEvent: 'Document for the customer',
  hand: {
    title: 'Documents for the customer',
    intro: 'The law requires these to be handed to the customer before the claim can move on.',
    printed: 'Printed and handed over',
    declined: 'Customer declines',
    waiting: 'Not handed yet',
    donePrinted: 'Handed over (printed) on {{date}} by {{who}}',
    doneDeclined: 'Declined by the customer on {{date}}, recorded by {{who}}',
  },
};
