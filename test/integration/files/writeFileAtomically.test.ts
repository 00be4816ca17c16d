import fs from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/result';
import { type AtomicWriteFs, writeFileAtomically } from '../../../main/files/writeFileAtomically';
import { tempDir } from '../support';

const dir = tempDir('sxw-atomic-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
const leftovers = () => fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** An fs error as Node raises it. */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system with one call made to fail. */
function failing(
  call: 'rename' | 'open',
  code: string,
  when: (args: unknown[]) => boolean = () => true,
): AtomicWriteFs {
  return {
    open: ((...args: Parameters<typeof fsPromises.open>) =>
      call === 'open' && when(args)
        ? Promise.reject(fsError(code))
        : fsPromises.open(...args)) as AtomicWriteFs['open'],
    rename: ((...args: Parameters<typeof fsPromises.rename>) =>
      call === 'rename' && when(args)
        ? Promise.reject(fsError(code))
        : fsPromises.rename(...args)) as AtomicWriteFs['rename'],
    rm: fsPromises.rm,
  };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('writeFileAtomically', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const file = path.join(dir, 'report.docx');
    await writeFileAtomically(file, bytes('first'));
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    await writeFileAtomically(file, bytes('second, longer'));
    expect(fs.readFileSync(file, 'utf8')).toBe('second, longer');
    expect(leftovers()).toEqual([]);
  });

  it('reports a file open in Word (rename refused) as file_locked, keeping the old file and no temporary one', async () => {
    const file = path.join(dir, 'open-in-word.docx');
    fs.writeFileSync(file, 'original');
    for (const code of ['EBUSY', 'EPERM']) {
      const error = await rejection(writeFileAtomically(file, bytes('new'), failing('rename', code)));
      expect(error.code).toBe('file_locked');
      expect(error.message).toBe('open-in-word.docx is open in another program (Word?). Close it and export again.');
      expect(fs.readFileSync(file, 'utf8')).toBe('original');
      expect(leftovers()).toEqual([]);
    }
  });

  it('reports a target that cannot be opened for writing (Windows sharing violation) as file_locked', async () => {
    const file = path.join(dir, 'shared.docx');
    fs.writeFileSync(file, 'original');
    const error = await rejection(
      writeFileAtomically(
        file,
        bytes('new'),
        failing('open', 'EBUSY', (args) => args[0] === file),
      ),
    );
    expect(error.code).toBe('file_locked');
    expect(fs.readFileSync(file, 'utf8')).toBe('original');
    expect(leftovers()).toEqual([]);
  });

  it('reports a folder it may not write in as folder_not_writable', async () => {
    const file = path.join(dir, 'read-only-folder.docx');
    fs.writeFileSync(file, 'original');
    for (const [code, reason] of [
      ['EACCES', 'permission denied'],
      ['EROFS', 'the disk is read-only'],
    ]) {
      const error = await rejection(
        writeFileAtomically(
          file,
          bytes('new'),
          failing('open', code as string, (args) => String(args[0]).endsWith('.tmp')),
        ),
      );
      expect(error.code).toBe('folder_not_writable');
      expect(error.message).toBe(`Cannot write to ${dir}: ${reason}.`);
      expect(fs.readFileSync(file, 'utf8')).toBe('original');
    }
    expect(leftovers()).toEqual([]);
  });

  it('removes the temporary file when renaming fails for another reason', async () => {
    const file = path.join(dir, 'disk-full.docx');
    const error = await rejection(writeFileAtomically(file, bytes('new'), failing('rename', 'ENOSPC')));
    expect(error.code).toBe('folder_not_writable');
    expect(fs.existsSync(file)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a folder that does not exist, for real', async () => {
    const folder = path.join(dir, 'no', 'such', 'folder');
    const error = await rejection(writeFileAtomically(path.join(folder, 'report.docx'), bytes('x')));
    expect(error.code).toBe('folder_not_writable');
    expect(error.message).toBe(`Cannot write to ${folder}: the folder does not exist.`);
    expect(error.details).toMatchObject({ folder, cause: 'ENOENT' });
  });
});
