import type { customerApi } from '../../../shared/api/customer.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { CustomerPrompts } from '../feedback/customer-prompts.js';

/** The customer screen's two methods need no sign-in (the screen faces the customer); asking and cancelling are the clerk's. */
export const customerHandlers = (prompts: CustomerPrompts): HandlersOf<typeof customerApi> => ({
  customerScreen: () => prompts.view(),
  answerCustomerPrompt: (input) => {
    prompts.answer(input);
    return null;
  },
  askCustomer: ({ caseId, language }) => {
    prompts.ask(caseId, language);
    return null;
  },
  cancelCustomerPrompt: () => {
    prompts.cancel();
    return null;
  },
});
