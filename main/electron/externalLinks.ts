/**
 * Opening a URL in the user's browser is the only way content leaves the app. Only https URLs that parse
 * and name a host are handed over: `file:`, `javascript:`, `smb:`, custom schemes or an http link could run
 * programs or leak credentials through the OS handler (Electron security checklist 15).
 */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A URL with user:password@ is a classic phishing disguise; no workbench link needs one.
  return parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

/**
 * Opens `url` with the injected `open` (shell.openExternal in the app) when it is safe; returns whether
 * it was handed over. A failure of the OS handler is reported to `onError`, never thrown at the caller.
 */
export function openExternalSafely(
  url: unknown,
  open: (url: string) => Promise<void>,
  onError: (error: unknown) => void = () => {},
): boolean {
  if (!isSafeExternalUrl(url)) return false;
  open(new URL(url).href).catch(onError);
  return true;
}
