import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/identifiers';
import { en, nl } from '../../shared/i18n';

export interface AppMenuOptions {
  language: Language;
  /** Unpackaged app: reload and developer tools are offered; a consultant's copy has neither. */
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  openDataFolder: () => void;
  openLogFile: () => void;
}

/**
 * The application menu as a template for `Menu.buildFromTemplate`. Editing uses Electron's roles so the
 * OS shortcuts (copy, paste, undo) work in every text field; nothing here reloads the page in a packaged
 * app, where a reload would drop unsaved form input.
 */
export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const t = (options.language === 'nl' ? nl : en).menu;
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    // macOS puts Quit in the menu named after the app.
    template.push({
      role: 'appMenu',
      submenu: [
        { role: 'about', label: t.about },
        { type: 'separator' },
        { role: 'hide', label: t.hide },
        { role: 'hideOthers', label: t.hideOthers },
        { role: 'unhide', label: t.showAll },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    });
  }

  template.push({
    label: t.file,
    submenu: [isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit }],
  });

  template.push({
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { type: 'separator' },
      { role: 'selectAll', label: t.selectAll },
    ],
  });

  const developmentItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.toggleDevTools }, { type: 'separator' }]
    : [];
  template.push({
    label: t.view,
    submenu: [
      ...developmentItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  });

  template.push({
    role: 'help',
    label: t.help,
    submenu: [
      { label: t.openDataFolder, click: () => options.openDataFolder() },
      { label: t.openLogFile, click: () => options.openLogFile() },
    ],
  });

  return template;
}
