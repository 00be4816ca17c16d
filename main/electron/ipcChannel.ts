/** The single IPC channel between preload and main; every operation travels over it by name. */
export const API_CHANNEL = 'sxw:call';
