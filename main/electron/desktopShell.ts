import { dirname, join } from 'node:path';
import type { DesktopShell } from '../api/context';

export interface DesktopShellDeps {
  /** Electron's `dialog.showSaveDialog`, attached to the focused window. */
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
    properties: ('createDirectory' | 'showOverwriteConfirmation')[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  /** Electron's `dialog.showOpenDialog`, attached to the focused window. */
  showOpenDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
    properties: 'openFile'[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showItemInFolder(path: string): void;
  /** Where the first Save dialog of a session opens: the user's Documents folder. */
  documentsDir: string;
}

/**
 * The Save and Open dialogs and "show in folder" for the services. The Save dialog opens where the previous
 * report went (a consultant saves a series of reports in one client folder), and only files saved through
 * it may be shown; only files chosen in the Open dialog may be read from outside the app's own folders
 * (a backup to restore). So the renderer cannot make the app reveal or read arbitrary paths.
 */
export function createDesktopShell(deps: DesktopShellDeps): DesktopShell {
  let lastFolder = deps.documentsDir;
  const chosen = new Set<string>();
  const opened = new Set<string>();
  return {
    async chooseSavePath(defaultName, filter) {
      const result = await deps.showSaveDialog({
        defaultPath: join(lastFolder, defaultName),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      const extension = `.${filter.extensions[0] ?? 'docx'}`;
      // Linux dialogs do not add the extension a filter implies; Word then would not recognise the file.
      const path = result.filePath.toLowerCase().endsWith(extension)
        ? result.filePath
        : `${result.filePath}${extension}`;
      lastFolder = dirname(path);
      chosen.add(path);
      return path;
    },
    async chooseOpenPath(folder, filter) {
      const result = await deps.showOpenDialog({
        defaultPath: folder,
        filters: [filter, { name: '*', extensions: ['*'] }],
        properties: ['openFile'],
      });
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      opened.add(path);
      return path;
    },
    wasOpened: (path) => opened.has(path),
    showInFolder(path) {
      if (!chosen.has(path)) return false;
      deps.showItemInFolder(path);
      return true;
    },
  };
}
