import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { refuse } from './refusal';

/**
 * The encrypted container of a client bundle (docs/file-formats.md): a 40-byte header — the magic
 * `SXWB-ENC`, the container version, scrypt's cost (log2 N, r, p), a 16-byte salt and a 12-byte nonce —
 * then the plain bundle encrypted with AES-256-GCM under a key scrypt derives from the passphrase, then the
 * 16-byte tag. The header is the cipher's additional data, so a changed cost, salt or nonce fails like a
 * changed byte of the bundle: as a wrong passphrase, with nothing decrypted.
 */

const MAGIC = Buffer.from('SXWB-ENC', 'ascii');
const CONTAINER_VERSION = 1;
const HEADER_BYTES = MAGIC.length + 4 + 16 + 12;
const TAG_BYTES = 16;
/** scrypt N = 2^17, r = 8, p = 1: 128 MiB and under a second per passphrase tried (off the UI's thread). */
const COST = { log2N: 17, r: 8, p: 1 };
/** What a file may ask of scrypt: at most 256 MiB of memory. */
const MAX_MEMORY = 256 * 1024 * 1024;

export function isEncryptedBundle(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

export async function encryptBundle(plain: Uint8Array, passphrase: string): Promise<Buffer> {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt8(CONTAINER_VERSION, 8);
  header.writeUInt8(COST.log2N, 9);
  header.writeUInt8(COST.r, 10);
  header.writeUInt8(COST.p, 11);
  randomBytes(16).copy(header, 12);
  randomBytes(12).copy(header, 28);
  const key = await deriveKey(passphrase, header);
  const cipher = createCipheriv('aes-256-gcm', key, header.subarray(28, 40));
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export async function decryptBundle(bytes: Buffer, passphrase: string | undefined): Promise<Buffer> {
  if (bytes.length < HEADER_BYTES + TAG_BYTES) refuse('damaged', 'The encrypted bundle is cut short.');
  const header = bytes.subarray(0, HEADER_BYTES);
  if (header.readUInt8(8) !== CONTAINER_VERSION) {
    refuse(
      'unknown_version',
      `The bundle is encrypted in a container version this app does not know (${header.readUInt8(8)}).`,
    );
  }
  const log2N = header.readUInt8(9);
  const r = header.readUInt8(10);
  const p = header.readUInt8(11);
  if (log2N < 14 || log2N > 20 || r < 1 || p < 1 || p > 4 || 128 * r * 2 ** log2N > MAX_MEMORY) {
    refuse('damaged', 'The encrypted bundle asks for a key derivation this app does not allow.');
  }
  if (passphrase === undefined) refuse('passphrase_required', 'The bundle is encrypted; give its passphrase.');
  const key = await deriveKey(passphrase, header);
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(28, 40));
  decipher.setAAD(header);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    refuse('wrong_passphrase', 'The passphrase is wrong, or the bundle was changed after it was made.');
  }
}

function deriveKey(passphrase: string, header: Buffer): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** header.readUInt8(9),
    r: header.readUInt8(10),
    p: header.readUInt8(11),
    maxmem: MAX_MEMORY + 1024 * 1024,
  };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), header.subarray(12, 28), 32, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
