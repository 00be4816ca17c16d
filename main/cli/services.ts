/**
 * What the commands reach once one is about to run: the operations (and through them every service), the
 * database and the long-running commands. `runCli` imports this module lazily, so `sxw --help` and usage
 * errors never load it, and `sxw clients list` loads the services but not the Word report renderer (see
 * `main/reports/reports.ts`).
 */
export { call, callAsync } from '../api/dispatch';
export { createContext } from '../api/context';
export { importBackup } from '../backup/beforeImport';
export { erasureBackups } from '../backup/erasure';
export { openWorkbenchDatabase } from '../db/open';
export { openForService } from '../api/serviceStart';
export { serveCommand } from './serve';
export { environmentSecrets, memorySecrets } from '../team/secrets';
