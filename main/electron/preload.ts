import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ChangeEvent } from '../../shared/api/entities';
import type { ApiTransport } from '../../shared/api/operations';
import { API_CHANNEL, CHANGE_CHANNEL } from './ipcChannel';

/**
 * The renderer's whole view of the main process: one typed `call` over one channel, and the change events
 * of committed writes. No ipcRenderer, no other subscriptions, no Node. The main process checks the
 * operation name, the sending frame and the input (zod) — the types here are a convenience for the
 * renderer, not the security boundary.
 *
 * Built as CommonJS (out/preload/index.cjs): a sandboxed preload cannot be an ES module, and may only
 * require 'electron', so this file is bundled with its relative imports inlined.
 */
const sxw = {
  call: (op, input) => ipcRenderer.invoke(API_CHANNEL, op, input),
  onChange: (listener: (event: ChangeEvent) => void) => {
    const handler = (_event: IpcRendererEvent, change: ChangeEvent) => listener(change);
    ipcRenderer.on(CHANGE_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(CHANGE_CHANNEL, handler);
    };
  },
} satisfies ApiTransport;

contextBridge.exposeInMainWorld('sxw', sxw);
