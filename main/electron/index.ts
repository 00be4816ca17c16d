import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { isResult } from '../../shared/api/result';
import { type Language, languageForLocale } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import { changeHub, publicEvent, watchExternalChanges } from '../api/changes';
import { dispatch } from '../api/dispatch';
import { openForService, settleAfterStart } from '../api/serviceStart';
import { listBackups } from '../backup/catalog';
import { importBackup } from '../backup/beforeImport';
import { erasureBackups } from '../backup/erasure';
import { backupsFolder } from '../backup/folder';
import { restoreOverUnopenable } from '../backup/restore';
import { restoreProblem } from '../backup/verify';
import { inspectInWorker } from '../db/inspect';
import { openWorkbenchDatabase } from '../db/open';
import { setAsideDatabase, setAsidePath } from '../db/setAside';
import { DATABASE_FILE, PRODUCT_NAME, TEAM_SECRETS_FILE } from '../paths';
import { createContext } from '../api/context';
import { startTeamSync } from '../team/scheduler';
import { osSecrets } from '../team/secrets';
import { createJobHost } from '../jobs/host';
import { buildAppMenuTemplate } from './appMenu';
import { createDesktopShell } from './desktopShell';
import { type AppLocation, resolveAppLocation } from './appLocation';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appSchemeResponse } from './appScheme';
import { handleUncaughtErrors } from './crashLogging';
import { openExternalSafely } from './externalLinks';
import { createApiCallHandler } from './ipcCallHandler';
import { API_CHANNEL, CHANGE_CHANNEL } from './ipcChannel';
import { createMainLog, mainLogPath } from './mainLog';
import { followSettingsLanguage } from './menuLanguage';
import { nativeBindingFor } from './nativeBinding';
import { decideOnLaunch, focusExistingWindow } from './singleInstance';
import { restoreConfirmDialog, startupFailureDialog } from './startupFailure';
import { trailingDebounce } from './trailingDebounce';
import { restoreBounds } from './windowBounds';
import { guardSession, guardWebContents } from './windowGuards';
import { readWindowStateFile, windowStateFilePath, writeWindowStateFile } from './windowStateFile';
import { secureWebPreferences } from './webPreferences';

/**
 * The Electron main process: wiring only. Every decision (what a window may load, who may call the API,
 * where the window opens, what the menu and the failure dialog say) is a tested function in this folder.
 */

// Before anything reads it: the single-instance lock, the log and the database all live under userData.
// Named explicitly so a development run, the packaged app and the CLI (main/paths.ts) use one folder —
// otherwise Electron takes package.json's `name` in development and `productName` when packaged.
app.setPath('userData', join(app.getPath('appData'), PRODUCT_NAME));
const userDataDir = app.getPath('userData');
const log = createMainLog({
  file: mainLogPath(userDataDir),
  echo: app.isPackaged ? undefined : (line) => process.stdout.write(line),
});

/** What a clean restart must close; filled in once the database and the job workers are open. */
const openResources: (() => void)[] = [];
let uiLanguage: Language | null = null;
handleUncaughtErrors(process, log, {
  language: () => uiLanguage ?? languageForLocale(app.getLocale()),
  logPath: log.file,
  showDialog: (spec) => dialog.showMessageBoxSync({ type: 'error', noLink: true, ...spec }),
  shutDown: () => {
    for (const close of openResources.splice(0).reverse()) close();
  },
  relaunch: () => app.relaunch(),
  exit: (code) => app.exit(code),
});

// Must happen before the app is ready: the scheme the window loads the app from (main/electron/appScheme.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const WINDOW_DEFAULTS = { width: 1280, height: 840, minWidth: 900, minHeight: 600 };
const SAVE_WINDOW_STATE_AFTER_MS = 500;

let mainWindow: BrowserWindow | null = null;

if (decideOnLaunch(app.requestSingleInstanceLock()) === 'quit') {
  // Another workbench window owns the database; it brings itself forward on `second-instance`.
  app.quit();
} else {
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('render-process-gone', (_event, _contents, details) => log.error('Renderer process gone', details));
  app.on('child-process-gone', (_event, details) => log.error('Child process gone', details));
  if (process.platform === 'win32') app.setAppUserModelId('nl.sxworkbench.app');
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('Startup failed', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  log.info(`SX Workbench ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform})`);
  const osLanguage = languageForLocale(app.getLocale());
  const databasePath = join(userDataDir, DATABASE_FILE);
  const rendererDir = join(import.meta.dirname, '../renderer');
  const location = resolveAppLocation({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = appSchemeResponse(request.url, rendererDir);
    if (answer.status !== 200) return new Response(null, { status: answer.status, headers: answer.headers });
    try {
      return new Response(await readFile(answer.file), { status: 200, headers: answer.headers });
    } catch {
      return new Response(null, {
        status: 404,
        headers: { 'Content-Security-Policy': answer.headers['Content-Security-Policy'] ?? '' },
      });
    }
  });

  guardSession(session.defaultSession, location);
  // Every web contents, including any the app did not mean to create, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location, openExternal, log.warn));

  const nativeBinding = nativeBindingFor({ isPackaged: app.isPackaged, appPath: app.getAppPath() });
  const opened = await openDatabaseOrAsk(databasePath, osLanguage, nativeBinding);
  if (!opened) {
    app.quit();
    return;
  }

  // Imports and reports run in worker threads (out/main/worker.js): this process keeps answering the window.
  const jobs = createJobHost({
    workerFile: join(import.meta.dirname, 'worker.js'),
    databasePath,
    ...(nativeBinding ? { nativeBinding } : {}),
    transport: 'ipc',
    version: app.getVersion(),
    osLanguage,
    log: (level, message, details) => log[level](message, details),
  });
  app.on('will-quit', () => void jobs.close());
  openResources.push(() => void jobs.close());
  const ctx = createContext({
    db: opened.db,
    databasePath,
    nativeBinding,
    transport: 'ipc',
    osLanguage,
    version: app.getVersion(),
    jobs,
    log: (level, message, details) => log[level](message, details),
    desktop: createDesktopShell({
      showSaveDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
        return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
      },
      showItemInFolder: (path) => shell.showItemInFolder(path),
      documentsDir: app.getPath('documents'),
    }),
  });
  // Erasing a client backs up first and can delete the backups that still hold the client.
  ctx.erasureBackups = erasureBackups(ctx);
  // A large import backs up first (in the worker that runs it, on that worker's connection).
  ctx.backupBeforeImport = importBackup(ctx);
  // The team server's password, encrypted by the operating system, in a file beside the database.
  ctx.teamSecrets = osSecrets(join(userDataDir, TEAM_SECRETS_FILE), safeStorage);
  const closeDatabase = () => {
    try {
      // The context's connection: a restore may have replaced the one opened here.
      if (ctx.db.open) ctx.db.close();
    } catch (error) {
      log.error('Closing the database failed', error);
    }
  };
  app.on('will-quit', closeDatabase);
  // A crash restart (crashLogging.ts) closes it too, after the job workers.
  openResources.push(closeDatabase);
  ipcMain.handle(
    API_CHANNEL,
    createApiCallHandler({ location, call: (op, input) => dispatch(ctx, op, input), log: log.warn }),
  );
  // Every committed write — this window's, or the CLI's beside the app — reaches the screens as a change
  // event, which refreshes what it touched. A restore hands the hub on to its new connection.
  changeHub(ctx.db).subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(CHANGE_CHANNEL, publicEvent(event));
    }
  });
  const stopWatching = watchExternalChanges(() => ctx.db);
  app.on('will-quit', stopWatching);
  // The check of a large file, the search index's upkeep and the daily backup run while the window opens.
  void settleAfterStart(ctx, { checkInBackground: opened.checkInBackground });
  // The team server, when one is set up: at start, every few minutes and after local changes; never waited for.
  const teamSync = startTeamSync(ctx);
  app.on('will-quit', () => teamSync.stop());

  // The menu (and the crash dialog) speak the language chosen in Settings, from the moment it is saved.
  const stopFollowing = await followSettingsLanguage({
    events: changeHub(ctx.db),
    readLanguage: async () => languageOf(await dispatch(ctx, 'settings.get', {})) ?? osLanguage,
    apply: (language) => {
      uiLanguage = language;
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildAppMenuTemplate({
            language,
            isDevelopment: !app.isPackaged,
            platform: process.platform,
            openDataFolder: () => void shell.openPath(userDataDir),
            openLogFile: () => void shell.openPath(log.file),
          }),
        ),
      );
    },
  });
  app.on('will-quit', stopFollowing);

  mainWindow = createMainWindow(location);
  app.on('activate', () => {
    // macOS keeps the app alive without windows; clicking the dock icon opens one again.
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(location);
  });
}

function openExternal(url: string): void {
  openExternalSafely(
    url,
    (safe) => shell.openExternal(safe),
    (error) => log.warn('Could not open a link', error),
  );
}

function languageOf(settings: unknown): Language | null {
  if (!isResult(settings) || !settings.ok) return null;
  const value = settings.value as { effectiveLanguage?: unknown };
  return value.effectiveLanguage === 'nl' || value.effectiveLanguage === 'en' ? value.effectiveLanguage : null;
}

type OpenedDatabase = ReturnType<typeof openForService>;

const requireNative = createRequire(import.meta.url);

/** Why the development build of better-sqlite3 for Electron cannot be used, or null when it can. */
function nativeBindingProblem(binding: string | undefined): string | null {
  if (!binding) return null;
  if (!existsSync(binding)) {
    return `better-sqlite3 built for Electron is missing at ${binding}; run \`npm run native:electron\``;
  }
  try {
    requireNative(binding);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `better-sqlite3 at ${binding} does not load in this Electron (${reason}); run \`npm run native:electron -- --force\``;
  }
}

/**
 * Opens the database; when that fails, explains why (startupFailure.ts) and acts on the user's choice until
 * the database opens or they quit. A damaged file is only ever renamed aside, never deleted, and only when
 * the user chose a new database or a backup to restore.
 */
async function openDatabaseOrAsk(
  databasePath: string,
  language: Language,
  nativeBinding: string | undefined,
): Promise<OpenedDatabase | null> {
  for (;;) {
    let error: unknown;
    // Checked first: a binary that does not load is not the database's fault, and must never lead to the
    // "damaged — start with a new database" choice.
    const bindingProblem = nativeBindingProblem(nativeBinding);
    if (bindingProblem) {
      error = new Error(bindingProblem);
    } else {
      try {
        return openForService(databasePath, { nativeBinding, appVersion: app.getVersion() });
      } catch (openError) {
        error = openError;
      }
    }
    log.error(`Could not open the database at ${databasePath}`, error);

    const asidePath = setAsidePath(databasePath, new Date());
    const latest = listBackups(databasePath)[0];
    const spec = startupFailureDialog(error, language, {
      databasePath,
      setAsidePath: asidePath,
      logPath: log.file,
      backupsFolder: backupsFolder(databasePath),
      latestBackup: latest ? { createdAt: latest.createdAt, counts: latest.counts } : null,
    });
    const index = dialog.showMessageBoxSync({
      type: 'error',
      title: spec.title,
      message: spec.message,
      detail: spec.detail,
      buttons: spec.buttons.map((button) => button.label),
      defaultId: spec.defaultId,
      cancelId: spec.cancelId,
      noLink: true,
    });
    const choice = spec.buttons[index]?.choice ?? 'quit';
    if (choice === 'quit') return null;
    if (choice === 'open-data-folder') {
      // Then the dialog comes back: looking at the folder is not a decision.
      const problem = await shell.openPath(userDataDir);
      if (problem) log.warn(`Could not open the data folder: ${problem}`);
    }
    if (choice === 'open-read-only') {
      try {
        const db = openWorkbenchDatabase(databasePath, { nativeBinding, readOnly: true });
        log.warn(
          `The damaged database ${databasePath} is open read-only; writes are refused until a backup is restored`,
        );
        return { db, checkInBackground: false };
      } catch (readError) {
        log.error('Could not open the damaged database read-only', readError);
      }
    }
    if (choice === 'restore-backup') await restoreAtStart(databasePath, language, nativeBinding);
    if (choice === 'new-database') {
      try {
        log.warn(`Damaged database set aside as ${setAsideDatabase(databasePath, asidePath).join(', ')}`);
      } catch (renameError) {
        log.error('Could not set the damaged database aside', renameError);
      }
    }
    // Every other choice tries again.
  }
}

/** "Restore a backup…" at start: the Open dialog in the backups folder, what the file holds, then the restore. */
async function restoreAtStart(databasePath: string, language: Language, nativeBinding: string | undefined) {
  const t = translator(language);
  const chosen = dialog.showOpenDialogSync({
    title: t('startup.chooseBackupTitle'),
    defaultPath: backupsFolder(databasePath),
    filters: [{ name: t('startup.backupFiles'), extensions: ['sqlite', 'sqlite3', 'db'] }],
    properties: ['openFile'],
  })?.[0];
  if (!chosen) return;
  try {
    const inspection = await inspectInWorker(chosen, { check: 'quick', nativeBinding });
    const backup = listBackups(databasePath).find((b) => b.file === chosen);
    const asidePath = setAsidePath(databasePath, new Date());
    const confirm = restoreConfirmDialog(
      {
        name: basename(chosen),
        createdAt: backup?.createdAt ?? statSync(chosen).mtime.toISOString(),
        counts: inspection.counts,
        problem: restoreProblem(inspection),
      },
      language,
      asidePath,
    );
    const answer = dialog.showMessageBoxSync({
      type: confirm.confirmId < 0 ? 'warning' : 'question',
      title: confirm.title,
      message: confirm.message,
      detail: confirm.detail,
      buttons: confirm.buttons,
      defaultId: confirm.defaultId,
      cancelId: confirm.cancelId,
      noLink: true,
    });
    if (answer !== confirm.confirmId) return;
    const restored = await restoreOverUnopenable(databasePath, chosen, {
      now: new Date(),
      nativeBinding,
      appVersion: app.getVersion(),
    });
    log.warn(`Restored ${chosen} at start; the damaged database was kept as ${restored.setAside ?? '(none)'}`);
  } catch (restoreError) {
    log.error(`Could not restore ${chosen}`, restoreError);
  }
}

function workAreasPrimaryFirst() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
}

function createMainWindow(location: AppLocation): BrowserWindow {
  const stateFile = windowStateFilePath(userDataDir);
  const placement = restoreBounds(readWindowStateFile(stateFile), workAreasPrimaryFirst(), WINDOW_DEFAULTS);

  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: WINDOW_DEFAULTS.minWidth,
    minHeight: WINDOW_DEFAULTS.minHeight,
    title: 'SX Workbench',
    // Shown once the first paint is ready, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });

  const saveState = () => {
    if (window.isDestroyed()) return;
    try {
      writeWindowStateFile(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      log.warn('Could not save the window state', error);
    }
  };
  const saveSoon = trailingDebounce(saveState, SAVE_WINDOW_STATE_AFTER_MS);
  window.on('resize', () => saveSoon.schedule());
  window.on('move', () => saveSoon.schedule());
  window.on('maximize', () => saveSoon.schedule());
  window.on('unmaximize', () => saveSoon.schedule());
  window.on('close', () => {
    saveSoon.cancel();
    saveState();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  window.loadURL(location.url).catch((error: unknown) => log.error('Could not load the workbench UI', error));
  return window;
}
