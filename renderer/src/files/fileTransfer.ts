/**
 * Files in and out of the renderer without Node: a picked file is read as bytes and sent as base64 (so a
 * broken encoding reaches the validator intact), and a text or a file's bytes are saved through a Blob link,
 * which works in Chromium over the bridge and in Electron alike.
 */

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole large file's bytes would overflow the call stack.
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Saves a Blob under a file name through a hidden link: a download in the browser, the Save flow in Electron. */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: the download has to start reading the Blob first.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A binary file the API sent as base64 (a Word report), saved as a download. */
export function downloadBytes(fileName: string, base64: string, type: string): void {
  downloadBlob(fileName, new Blob([base64ToBytes(base64)], { type }));
}
