/** The customer's own screen (in the customer's language) and, at the counter, the panel that puts a question on it. */
export const customer = {
  screenTitle: 'Customer screen',
  welcome: 'Welcome',
  question: 'Was your problem solved?',
  solved: { yes: 'Yes', partly: 'Partly', no: 'No' },
  rate: 'How would you rate our service?',
  star: '{{score}} of 5',
  comment: 'Anything else you would like to tell us? (optional)',
  commentCount: '{{count}} of {{max}} characters',
  send: 'Send',
  pickBoth: 'Please choose an answer and a rating.',
  thanks: 'Thank you!',
  thanksDetail: 'Your answer helps us serve you better.',
  gone: 'This question has closed. Thank you anyway.',
  failed: 'Your answer could not be sent. Please tell the staff.',
  panel: {
    title: 'Customer screen',
    language: "Customer's language",
    ask: 'Ask the customer',
    asked: 'The question is on the customer screen.',
    cancel: 'Take it off the screen',
  },
};
