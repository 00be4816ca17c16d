/** The single IPC channel between preload and main; every operation travels over it by name. */
export const API_CHANNEL = 'sxw:call';
/** Main → renderer: one message per committed write (see main/api/changes.ts). */
export const CHANGE_CHANNEL = 'sxw:change';
