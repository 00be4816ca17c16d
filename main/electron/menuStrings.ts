import type { Language } from '../../shared/domain/identifiers';

/**
 * Labels of the application menu. They live with the shell rather than in shared/i18n because only the
 * main process shows them; both languages are kept side by side and a test checks they have the same keys.
 */
const en = {
  file: 'File',
  quit: 'Quit SX Workbench',
  close: 'Close Window',
  about: 'About SX Workbench',
  hide: 'Hide SX Workbench',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  help: 'Help',
  openDataFolder: 'Open Data Folder',
  openLogFile: 'Open Log File',
};

export type MenuStrings = typeof en;

const nl: MenuStrings = {
  file: 'Bestand',
  quit: 'SX Workbench afsluiten',
  close: 'Venster sluiten',
  about: 'Over SX Workbench',
  hide: 'Verberg SX Workbench',
  hideOthers: 'Verberg andere',
  showAll: 'Toon alles',
  edit: 'Bewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',
  view: 'Beeld',
  reload: 'Opnieuw laden',
  toggleDevTools: 'Ontwikkelaarshulpmiddelen',
  resetZoom: 'Ware grootte',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  toggleFullScreen: 'Volledig scherm aan/uit',
  help: 'Help',
  openDataFolder: 'Gegevensmap openen',
  openLogFile: 'Logbestand openen',
};

export const menuStrings: Record<Language, MenuStrings> = { en, nl };
