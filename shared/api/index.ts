import { casesApi } from './cases.js';
import { printingApi } from './printing.js';
import { syncApi } from './sync.js';
import { salesApi } from './sales.js';
import { registerApi } from './register.js';
import { staffApi } from './staff.js';
import { reportsApi } from './reports.js';
import { draftsApi } from './drafts.js';
import { customerApi } from './customer.js';
import { privacyApi } from './privacy.js';
import type { ClientOf } from './method.js';

/** Every method the desk's UI may call, over IPC (Electron) or HTTP (browser preview). */
export const api = { ...casesApi, ...printingApi, ...syncApi, ...salesApi, ...draftsApi, ...staffApi, ...reportsApi, ...registerApi, ...customerApi, ...privacyApi };
export type DeskApi = ClientOf<typeof api>;
export type ApiMethod = keyof typeof api;
export const apiMethods = Object.keys(api) as ApiMethod[];

/** The IPC channel of a method: one per method, nothing generic the renderer could abuse. */
export const ipcChannel = (method: ApiMethod) => `desk:${method}`;
