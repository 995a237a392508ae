import type { api } from '../../../shared/api/index.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { DeskServices } from '../open-desk.js';
import { casesHandlers } from './cases.js';
import { printingHandlers } from './printing.js';
import { syncHandlers } from './sync.js';
import { salesHandlers } from './sales.js';
import { registerHandlers } from './register.js';
import { staffHandlers } from './staff.js';
import { reportsHandlers } from './reports.js';
import { draftsHandlers } from './drafts.js';
import { customerHandlers } from './customer.js';
import { privacyHandlers } from './privacy.js';

/** Every method of the contract bound to this desk: the compiler checks none is missing. */
export const deskHandlers = ({ desk, printing, sync, customerPrompts }: DeskServices): HandlersOf<typeof api> => ({ ...casesHandlers(desk), ...printingHandlers(desk, printing), ...syncHandlers(desk, sync), ...salesHandlers(desk, sync), ...draftsHandlers(desk), ...staffHandlers(desk), ...reportsHandlers(desk), ...registerHandlers(desk, printing), ...customerHandlers(customerPrompts), ...privacyHandlers(desk) });
