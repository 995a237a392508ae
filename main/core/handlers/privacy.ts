import type { privacyApi } from '../../../shared/api/privacy.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { Desk } from '../desk.js';
import { eraseCustomerData, findCustomerDataApproved } from '../privacy/customer-data.js';

export const privacyHandlers = (desk: Desk): HandlersOf<typeof privacyApi> => ({
  findCustomerData: ({ query, approvalPin }) => findCustomerDataApproved(desk, query, approvalPin),
  eraseCustomerData: ({ caseIds, approvalPin }) => eraseCustomerData(desk, caseIds, approvalPin),
});
