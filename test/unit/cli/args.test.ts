import { describe, expect, it } from 'vitest';
import { extractDbFlag } from '../../../main/cli/args';
import { resolveDatabasePath, userDataDir } from '../../../main/paths';

describe('the --db flag', () => {
  it('is taken from anywhere on the line, in both spellings', () => {
    expect(extractDbFlag(['--db', 'a.sqlite', 'clients', 'list'])).toEqual({
      db: 'a.sqlite',
      rest: ['clients', 'list'],
    });
    expect(extractDbFlag(['clients', 'list', '--db', 'a.sqlite', '--json'])).toEqual({
      db: 'a.sqlite',
      rest: ['clients', 'list', '--json'],
    });
    expect(extractDbFlag(['clients', '--db=b.sqlite', 'list'])).toEqual({ db: 'b.sqlite', rest: ['clients', 'list'] });
  });

  it('without a value is a usage error', () => {
    expect(extractDbFlag(['clients', 'list', '--db']).error).toMatch(/--db needs a file path/);
    expect(extractDbFlag(['--db', '--json']).error).toMatch(/--db needs a file path/);
  });

  it('wins over SXW_DB, which wins over the desktop app database', () => {
    const env = { SXW_DB: '/env/db.sqlite' };
    expect(resolveDatabasePath('/flag/db.sqlite', env, 'linux', '/home/u')).toBe('/flag/db.sqlite');
    expect(resolveDatabasePath(undefined, env, 'linux', '/home/u')).toBe('/env/db.sqlite');
    expect(resolveDatabasePath(undefined, {}, 'linux', '/home/u')).toBe(
      '/home/u/.config/SX Workbench/sx-workbench.sqlite',
    );
  });

  it('finds the desktop app data folder where Electron puts it on each OS', () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/x/SX Workbench');
    expect(userDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/SX Workbench');
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\SX Workbench',
    );
  });
});
