import type { DeskApi } from '../../shared/api/index.js';
import type { CustomerScreenMethod } from '../../shared/api/customer.js';
import { httpDesk } from '../desk-client.js';

/** All the customer screen can reach: its two methods, nothing of the counter's. */
export type CustomerScreenApi = Pick<DeskApi, CustomerScreenMethod>;

declare global {
  interface Window {
    /** Set by main/customer-preload.ts in the customer window; absent in the browser preview, which talks HTTP. */
    customerScreen?: CustomerScreenApi;
  }
}

/** window.customerScreen in Electron; otherwise HTTP with the customer token the host put into the page (it opens only these methods). */
export function createCustomerClient(failure: (detail: string) => string): CustomerScreenApi {
  if (window.customerScreen) return window.customerScreen;
  const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')?.content ?? '';
  const http = httpDesk({ token, failure });
  return { customerScreen: http.customerScreen, answerCustomerPrompt: http.answerCustomerPrompt };
}
