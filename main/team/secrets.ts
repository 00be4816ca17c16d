import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the team server's password is kept: never in the database. The desktop app keeps it encrypted by
 * the operating system (Electron's `safeStorage`: Keychain, DPAPI, libsecret) in a file beside the
 * database; `sxw serve` keeps what it is given for the life of the process; the CLI reads it from
 * `SXW_TEAM_PASSWORD` (or the command's `--password-file`) and keeps nothing.
 */
export interface TeamSecrets {
  get(server: string): string | null;
  /** False where nothing can be kept (the CLI); the password then has to be given again next time. */
  set(server: string, password: string): boolean;
  forget(server: string): void;
}

/** The part of Electron's `safeStorage` this needs; a fake stands in for it in the unit tests. */
export interface OsEncryption {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Passwords encrypted by the operating system, in one JSON file ({server: base64 ciphertext}). Without
 * encryption available (a Linux desktop without a keyring) nothing is written: a password in the clear on
 * disk is what this store exists to avoid.
 */
export function osSecrets(file: string, encryption: OsEncryption): TeamSecrets {
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, string>) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(all), { mode: 0o600 });
    fs.renameSync(tmp, file);
  };
  return {
    get(server) {
      const sealed = read()[server];
      if (!sealed || !encryption.isEncryptionAvailable()) return null;
      try {
        return encryption.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
    set(server, password) {
      if (!encryption.isEncryptionAvailable()) return false;
      write({ ...read(), [server]: encryption.encryptString(password).toString('base64') });
      return true;
    },
    forget(server) {
      const all = read();
      if (!(server in all)) return;
      delete all[server];
      write(all);
    },
  };
}

/** For `sxw serve`: kept in memory while the process runs, with the environment's password as a fallback. */
export function memorySecrets(env: Record<string, string | undefined> = {}): TeamSecrets {
  const kept = new Map<string, string>();
  return {
    get: (server) => kept.get(server) ?? env.SXW_TEAM_PASSWORD ?? null,
    set: (server, password) => {
      kept.set(server, password);
      return true;
    },
    forget: (server) => void kept.delete(server),
  };
}

/** For the CLI: the environment's password, and nothing kept. */
export function environmentSecrets(env: Record<string, string | undefined>): TeamSecrets {
  return { get: () => env.SXW_TEAM_PASSWORD ?? null, set: () => false, forget: () => {} };
}
