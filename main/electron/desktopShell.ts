import { dirname, join } from 'node:path';
import type { DesktopShell } from '../api/context';

export interface DesktopShellDeps {
  /** Electron's `dialog.showSaveDialog`, attached to the focused window. */
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
    properties: ('createDirectory' | 'showOverwriteConfirmation')[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showItemInFolder(path: string): void;
  /** Where the first Save dialog of a session opens: the user's Documents folder. */
  documentsDir: string;
}

/**
 * The Save dialog and "show in folder" for the services. The dialog opens where the previous report went
 * (a consultant saves a series of reports in one client folder), and only files saved through it may be
 * shown, so the renderer cannot make the app reveal arbitrary paths.
 */
export function createDesktopShell(deps: DesktopShellDeps): DesktopShell {
  let lastFolder = deps.documentsDir;
  const chosen = new Set<string>();
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
    showInFolder(path) {
      if (!chosen.has(path)) return false;
      deps.showItemInFolder(path);
      return true;
    },
  };
}
