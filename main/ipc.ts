import type { IpcMain, WebFrameMain } from 'electron';
import { apiMethods, ipcChannel, type ApiMethod } from '../shared/api/index.js';
import type { Dispatch } from './core/handlers/dispatch.js';

/**
 * Binds every method of the contract to the core. Only the app's own pages may call, each only
 * the methods it is for (`mayCall`): a frame from anywhere else gets an error value and reaches
 * nothing. Input is validated by `dispatch` (zod).
 */
export function bindApi(ipcMain: IpcMain, dispatch: Dispatch, mayCall: (frame: WebFrameMain | null, method: ApiMethod) => boolean) {
  for (const method of apiMethods) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => {
      if (!mayCall(event.senderFrame, method)) return { ok: false, error: { code: 'internal', message: 'untrusted sender' } };
      return dispatch(method, input);
    });
  }
}
