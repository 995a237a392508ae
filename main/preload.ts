// Runs sandboxed before the page: exposes the desk's named API methods as window.desk, nothing else
// (no ipcRenderer, no generic invoke).
import { contextBridge, ipcRenderer } from 'electron';
import { apiMethods, ipcChannel, type DeskApi } from '../shared/api/index.js';

const desk = Object.fromEntries(apiMethods.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input ?? {})])) as DeskApi;

contextBridge.exposeInMainWorld('desk', desk);
