/**
 * The workbench needs no browser permission: no camera, microphone, location, notifications, MIDI, HID,
 * clipboard reads or fullscreen requests from the page. Electron grants many of these by default, so both
 * the request handler and the check handler say no (a page checks before it asks).
 */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
