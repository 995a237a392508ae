// Preload of the customer's window, sandboxed: exposes the customer screen's two methods as
// window.customerScreen and nothing else (not the counter's API, no ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron';
import { customerScreenMethods } from '../shared/api/customer.js';
import { ipcChannel } from '../shared/api/index.js';

const customerScreen = Object.fromEntries(customerScreenMethods.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input ?? {})]));

contextBridge.exposeInMainWorld('customerScreen', customerScreen);
