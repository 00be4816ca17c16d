import type { Language } from '../../shared/domain/identifiers';

/**
 * Texts of the dialog shown when the workbench cannot start. The one-line messages per error code come
 * from shared/i18n (`errors.*`), so the dialog, the UI and the CLI describe a problem the same way; these
 * are the dialog's own title, explanations and buttons. `{path}`, `{backup}` and `{log}` are filled in.
 */
const en = {
  title: 'SX Workbench cannot open its database',
  otherTitle: 'SX Workbench could not start',
  otherMessage: 'Something went wrong while starting. Your data has not been changed.',
  databaseLine: 'Database: {path}',
  newerDetail:
    'Install the latest version of SX Workbench, or open the data folder to take the file to a computer that has it.',
  unreadableDetail:
    'You can start with a new, empty database. The unreadable file is kept beside it as {backup}, so nothing is deleted; support may be able to recover it.',
  lockedDetail:
    'Another program is using the file, for example a long import from the command line. Wait a moment, then try again.',
  otherDetail: 'The log file tells support what happened: {log}',
  openDataFolder: 'Open data folder',
  quit: 'Quit',
  newDatabase: 'Start with a new database',
  retry: 'Try again',
};

export type StartupDialogStrings = typeof en;

const nl: StartupDialogStrings = {
  title: 'SX Workbench kan zijn database niet openen',
  otherTitle: 'SX Workbench kon niet starten',
  otherMessage: 'Er ging iets mis bij het starten. Uw gegevens zijn niet gewijzigd.',
  databaseLine: 'Database: {path}',
  newerDetail:
    'Installeer de nieuwste versie van SX Workbench, of open de gegevensmap om het bestand mee te nemen naar een computer die die versie heeft.',
  unreadableDetail:
    'U kunt beginnen met een nieuwe, lege database. Het onleesbare bestand blijft ernaast bewaard als {backup}; er wordt niets verwijderd en support kan het misschien herstellen.',
  lockedDetail:
    'Een ander programma gebruikt het bestand, bijvoorbeeld een lange import via de opdrachtregel. Wacht even en probeer het dan opnieuw.',
  otherDetail: 'Het logbestand vertelt support wat er gebeurde: {log}',
  openDataFolder: 'Gegevensmap openen',
  quit: 'Afsluiten',
  newDatabase: 'Beginnen met een nieuwe database',
  retry: 'Opnieuw proberen',
};

export const startupDialogStrings: Record<Language, StartupDialogStrings> = { en, nl };
