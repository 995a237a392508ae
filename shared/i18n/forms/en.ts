/** The counter forms' own strings: dates, drafts, text limits, confirmations, keyboard shortcuts. */
export const forms = {
  field: { required: 'Fill this in.' },
  date: {
    placeholder: 'mm/dd/yyyy',
    format: 'Type the date like 12/01/2026 (month/day/year).',
    future: 'The purchase date is in the future. Check the date on the receipt.',
  },
  draft: {
    discard: 'Discard draft',
    notKept: 'The draft could not be kept: {{reason}}',
  },
  length: {
    count: '{{count}} of {{max}} characters',
    over: '{{over}} characters over the limit of {{max}}. Shorten the text: nothing was cut.',
  },
  zeroRefund: {
    question: 'The refund is {{amount}}. Record the return with no money back?',
    confirm: 'Record with no refund',
    back: 'Back to the form',
  },
  complaint: {
    productRequired: 'Name the faulty product.',
    contactRequired: "Give the customer's phone or e-mail, so they can be told the outcome.",
  },
};
