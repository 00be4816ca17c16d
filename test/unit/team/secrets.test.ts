import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentSecrets, memorySecrets, type OsEncryption, osSecrets } from '../../../main/team/secrets';

/** Stands in for Electron's safeStorage: "encrypts" by reversing and tagging, and can be switched off. */
function fakeEncryption(available = true): OsEncryption & { available: boolean } {
  return {
    available,
    isEncryptionAvailable() {
      return this.available;
    },
    encryptString: (plain) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('not sealed by this machine');
      return [...text.slice(7)].reverse().join('');
    },
  };
}

const file = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-secrets-')), 'team-secrets.json');
const SERVER = 'postgres://anna@team.example.org:5432/firm';

describe("the team server's password store", () => {
  it('keeps the password only encrypted by the operating system, per server', () => {
    const where = file();
    const store = osSecrets(where, fakeEncryption());
    expect(store.set(SERVER, 'correct horse')).toBe(true);
    expect(store.get(SERVER)).toBe('correct horse');
    expect(store.get('postgres://bram@elsewhere/firm')).toBeNull();
    const onDisk = fs.readFileSync(where, 'utf8');
    expect(onDisk).not.toContain('correct horse');
    // A new store on the same file (the next start of the app) reads it back.
    expect(osSecrets(where, fakeEncryption()).get(SERVER)).toBe('correct horse');
    store.forget(SERVER);
    expect(store.get(SERVER)).toBeNull();
  });

  it('writes nothing when the operating system cannot encrypt, rather than keep it in the clear', () => {
    const where = file();
    const store = osSecrets(where, fakeEncryption(false));
    expect(store.set(SERVER, 'correct horse')).toBe(false);
    expect(fs.existsSync(where)).toBe(false);
    expect(store.get(SERVER)).toBeNull();
  });

  it('answers nothing for a file another machine sealed', () => {
    const where = file();
    fs.writeFileSync(where, JSON.stringify({ [SERVER]: Buffer.from('garbage').toString('base64') }));
    expect(osSecrets(where, fakeEncryption()).get(SERVER)).toBeNull();
  });

  it('lets the CLI read the environment and keep nothing, and `serve` keep it while it runs', () => {
    const cli = environmentSecrets({ SXW_TEAM_PASSWORD: 'from-env' });
    expect(cli.get(SERVER)).toBe('from-env');
    expect(cli.set(SERVER, 'other')).toBe(false);
    expect(environmentSecrets({}).get(SERVER)).toBeNull();
    const serve = memorySecrets({});
    expect(serve.get(SERVER)).toBeNull();
    serve.set(SERVER, 'typed in settings');
    expect(serve.get(SERVER)).toBe('typed in settings');
  });
});
