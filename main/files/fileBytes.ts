/** The bytes of an input built with `fileContent` (shared/api/limits.ts): given as they are, or decoded. */
export function fileBytes(input: { contentBase64?: string | undefined; content?: Uint8Array | undefined }): Buffer {
  if (input.content !== undefined) {
    return Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength);
  }
  return Buffer.from(input.contentBase64 ?? '', 'base64');
}
