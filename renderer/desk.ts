import { createDeskClient } from './desk-client.js';
import { uiI18n } from './i18n.js';

/** The desk's API as this window reaches it (Electron IPC or the browser host). */
export const desk = createDeskClient((detail) => uiI18n.t('ui:app.unreachable', { detail }));
