import { contextBridge, ipcRenderer } from 'electron';
import type { ApiTransport } from '../../shared/api/operations';
import { API_CHANNEL } from './ipcChannel';

/**
 * The renderer's whole view of the main process: one typed `call` over one channel. No ipcRenderer, no
 * event subscriptions, no Node. The main process checks the operation name, the sending frame and the
 * input (zod) — the types here are a convenience for the renderer, not the security boundary.
 *
 * Built as CommonJS (out/preload/index.cjs): a sandboxed preload cannot be an ES module, and may only
 * require 'electron', so this file is bundled with its one relative import inlined.
 */
const sxw = {
  call: (op, input) => ipcRenderer.invoke(API_CHANNEL, op, input),
} satisfies ApiTransport;

contextBridge.exposeInMainWorld('sxw', sxw);
