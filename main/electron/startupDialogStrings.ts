import type { Language } from '../../shared/domain/identifiers';

/**
 * Texts of the dialogs shown when the workbench cannot open its database. The one-line messages for a
 * newer or locked database come from shared/i18n (`errors.*`), so the dialog, the UI and the CLI describe
 * those the same way; the others are worded for the start, when nothing has been done yet. `{…}` are
 * filled in.
 */
const en = {
  title: 'SX Workbench cannot open its database',
  otherTitle: 'SX Workbench could not start',
  otherMessage: 'Something went wrong while starting. Your data has not been changed.',
  databaseLine: 'Database: {path}',
  newerDetail:
    'Install the latest version of SX Workbench, or open the data folder to take the file to a computer that has it.',
  corruptMessage: 'The database file is damaged or is not a database. It has not been changed or deleted.',
  corruptReadableDetail:
    'You can open it read-only to look at your data (nothing is saved then), or restore a backup. {backupLine}',
  corruptDetail: 'Restore a backup to carry on. {backupLine}',
  newDatabaseLine:
    'Starting with a new, empty database keeps the damaged file beside it as {setAside}; nothing is deleted.',
  latestBackupLine: 'The newest backup is from {date}: {clients} clients, {engagements} engagements, {rounds} rounds.',
  noBackupLine: 'There are no backups in {folder}; you can choose a backup file from elsewhere.',
  lockedDetail:
    'Another program is using the file, for example a long import from the command line. Wait a moment, then try again.',
  diskFullMessage:
    'The disk is full, so SX Workbench cannot open its database safely. The database has not been changed.',
  diskFullDetail: 'Free up at least {needed} on this disk, then choose Try again.',
  diskFullDetailUnknown: 'Free up space on this disk, then choose Try again.',
  readOnlyMessage:
    'SX Workbench may not write to its database: the disk is read-only or permission is missing. The database has not been changed.',
  readOnlyDetail:
    'Check that the disk is not write-protected and that your account may change the data folder, then choose Try again.',
  ioErrorMessage:
    'The computer could not read or write the database file (a problem with the disk or a network drive). The database has not been changed.',
  ioErrorDetail:
    'If the data folder is on a network drive or a USB disk, check that it is connected, then choose Try again. The log file tells support more: {log}',
  otherDetail: 'The log file tells support what happened: {log}',
  openDataFolder: 'Open data folder',
  quit: 'Quit',
  newDatabase: 'Start with a new database',
  retry: 'Try again',
  openReadOnly: 'Open read-only',
  restoreBackup: 'Restore a backup…',
  chooseBackupTitle: 'Choose a backup to restore',
  backupFiles: 'SX Workbench database',
  restoreTitle: 'Restore this backup?',
  restoreMessage: 'Restore the backup of {date}?',
  restoreDetail:
    'It holds {clients} clients, {engagements} engagements and {rounds} rounds. The damaged database is kept beside it as {setAside}; nothing is deleted.',
  restore: 'Restore',
  cancel: 'Cancel',
  cannotRestoreTitle: 'This file cannot be restored',
  cannotRestore_not_a_database: '{file} is not an SX Workbench database.',
  cannotRestore_damaged: '{file} is damaged too. Choose another backup.',
  cannotRestore_newer: '{file} was made by a newer version of SX Workbench. Install that version to restore it.',
  ok: 'OK',
};

export type StartupDialogStrings = typeof en;

const nl: StartupDialogStrings = {
  title: 'SX Workbench kan zijn database niet openen',
  otherTitle: 'SX Workbench kon niet starten',
  otherMessage: 'Er ging iets mis bij het starten. Uw gegevens zijn niet gewijzigd.',
  databaseLine: 'Database: {path}',
  newerDetail:
    'Installeer de nieuwste versie van SX Workbench, of open de gegevensmap om het bestand mee te nemen naar een computer die die versie heeft.',
  corruptMessage: 'Het databasebestand is beschadigd of is geen database. Het is niet gewijzigd of verwijderd.',
  corruptReadableDetail:
    'U kunt het alleen-lezen openen om uw gegevens te bekijken (er wordt dan niets opgeslagen), of een back-up terugzetten. {backupLine}',
  corruptDetail: 'Zet een back-up terug om verder te werken. {backupLine}',
  newDatabaseLine:
    'Als u met een nieuwe, lege database begint, blijft het beschadigde bestand ernaast bewaard als {setAside}; er wordt niets verwijderd.',
  latestBackupLine:
    'De nieuwste back-up is van {date}: {clients} opdrachtgevers, {engagements} opdrachten, {rounds} meetrondes.',
  noBackupLine: 'Er staan geen back-ups in {folder}; u kunt een back-upbestand van elders kiezen.',
  lockedDetail:
    'Een ander programma gebruikt het bestand, bijvoorbeeld een lange import via de opdrachtregel. Wacht even en probeer het dan opnieuw.',
  diskFullMessage:
    'De schijf is vol, daarom kan SX Workbench zijn database niet veilig openen. De database is niet gewijzigd.',
  diskFullDetail: 'Maak minstens {needed} vrij op deze schijf en kies dan Opnieuw proberen.',
  diskFullDetailUnknown: 'Maak ruimte vrij op deze schijf en kies dan Opnieuw proberen.',
  readOnlyMessage:
    'SX Workbench mag niet in zijn database schrijven: de schijf is alleen-lezen of de toestemming ontbreekt. De database is niet gewijzigd.',
  readOnlyDetail:
    'Controleer of de schijf niet tegen schrijven is beveiligd en of uw account de gegevensmap mag wijzigen, en kies dan Opnieuw proberen.',
  ioErrorMessage:
    'De computer kon het databasebestand niet lezen of schrijven (een probleem met de schijf of een netwerkschijf). De database is niet gewijzigd.',
  ioErrorDetail:
    'Staat de gegevensmap op een netwerkschijf of USB-schijf, controleer dan of die is aangesloten en kies Opnieuw proberen. Het logbestand vertelt support meer: {log}',
  otherDetail: 'Het logbestand vertelt support wat er gebeurde: {log}',
  openDataFolder: 'Gegevensmap openen',
  quit: 'Afsluiten',
  newDatabase: 'Beginnen met een nieuwe database',
  retry: 'Opnieuw proberen',
  openReadOnly: 'Alleen-lezen openen',
  restoreBackup: 'Back-up terugzetten…',
  chooseBackupTitle: 'Kies een back-up om terug te zetten',
  backupFiles: 'SX Workbench-database',
  restoreTitle: 'Deze back-up terugzetten?',
  restoreMessage: 'De back-up van {date} terugzetten?',
  restoreDetail:
    'Daarin staan {clients} opdrachtgevers, {engagements} opdrachten en {rounds} meetrondes. De beschadigde database blijft ernaast bewaard als {setAside}; er wordt niets verwijderd.',
  restore: 'Terugzetten',
  cancel: 'Annuleren',
  cannotRestoreTitle: 'Dit bestand kan niet worden teruggezet',
  cannotRestore_not_a_database: '{file} is geen SX Workbench-database.',
  cannotRestore_damaged: '{file} is ook beschadigd. Kies een andere back-up.',
  cannotRestore_newer:
    '{file} is gemaakt met een nieuwere versie van SX Workbench. Installeer die versie om het terug te zetten.',
  ok: 'OK',
};

export const startupDialogStrings: Record<Language, StartupDialogStrings> = { en, nl };
