import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type AppMenuOptions, buildAppMenuTemplate } from '../../../main/electron/appMenu';
import { en, nl } from '../../../shared/i18n';

const menuStrings = { en: en.menu, nl: nl.menu };

const options = (overrides: Partial<AppMenuOptions> = {}): AppMenuOptions => ({
  language: 'en',
  isDevelopment: false,
  platform: 'win32',
  openDataFolder: vi.fn(),
  openLogFile: vi.fn(),
  ...overrides,
});

const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (menu: MenuItemConstructorOptions | undefined) =>
  items(menu)
    .map((item) => item.role)
    .filter(Boolean);
const allRoles = (template: MenuItemConstructorOptions[]) => template.flatMap((menu) => roles(menu));

describe('buildAppMenuTemplate', () => {
  it('has File, Edit, View and Help menus in English', () => {
    expect(buildAppMenuTemplate(options()).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has the same menus in Dutch', () => {
    const template = buildAppMenuTemplate(options({ language: 'nl' }));
    expect(template.map((menu) => menu.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(items(template[0])[0]).toMatchObject({ role: 'quit', label: 'SX Workbench afsluiten' });
  });

  it('offers Quit in the File menu', () => {
    expect(roles(buildAppMenuTemplate(options())[0])).toEqual(['quit']);
  });

  it('uses the standard editing roles so OS shortcuts work in every field', () => {
    expect(roles(buildAppMenuTemplate(options())[1])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers no reload and no developer tools in a packaged app', () => {
    const template = buildAppMenuTemplate(options({ isDevelopment: false }));
    expect(allRoles(template)).not.toContain('reload');
    expect(allRoles(template)).not.toContain('forceReload');
    expect(allRoles(template)).not.toContain('toggleDevTools');
    expect(roles(template[2])).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers reload and developer tools in development', () => {
    expect(roles(buildAppMenuTemplate(options({ isDevelopment: true }))[2])).toEqual([
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('opens the data folder and the log file from Help', () => {
    const openDataFolder = vi.fn();
    const openLogFile = vi.fn();
    const help = items(buildAppMenuTemplate(options({ openDataFolder, openLogFile }))[3]);
    expect(help.map((item) => item.label)).toEqual(['Open Data Folder', 'Open Log File']);
    (help[0]?.click as () => void)();
    expect(openDataFolder).toHaveBeenCalledOnce();
    (help[1]?.click as () => void)();
    expect(openLogFile).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions: an app menu with Quit, and Close in File', () => {
    const template = buildAppMenuTemplate(options({ platform: 'darwin', language: 'nl' }));
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(template[0])).toContain('quit');
    expect(roles(template[1])).toEqual(['close']);
    expect(template.slice(1).map((menu) => menu.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('labels every item, so no English role default shows in a Dutch menu', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const template = buildAppMenuTemplate(options({ platform, language: 'nl', isDevelopment: true }));
      for (const item of template.flatMap(items)) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
      }
    }
  });
});

describe('menuStrings', () => {
  it('has every label in both Dutch and English', () => {
    expect(Object.keys(menuStrings.nl).sort()).toEqual(Object.keys(menuStrings.en).sort());
    for (const language of ['nl', 'en'] as const) {
      for (const value of Object.values(menuStrings[language])) expect(value.trim()).not.toBe('');
    }
  });
});
