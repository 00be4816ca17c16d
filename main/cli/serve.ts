import path from 'node:path';
import { startBridge } from '../bridge/server';
import { buildRenderer, rendererIsStale } from '../bridge/rendererBuild';
import { changeHub, publicEvent, watchExternalChanges } from '../api/changes';
import { dispatch } from '../api/dispatch';
import { settleAfterStart } from '../api/serviceStart';
import { createJobHost } from '../jobs/host';
import { jobWorkerFile } from '../jobs/workerFile';
import type { ServiceContext } from '../api/context';
import { CliFailure, type CliIo } from './io';
import { startTeamSync } from '../team/scheduler';

/** `sxw serve`: the UI on loopback. The URL is the first stdout line; progress goes to stderr. */
export async function serveCommand(
  ctx: ServiceContext,
  options: { port: number; root: string; io: CliIo; checkInBackground: boolean },
): Promise<void> {
  const { io, root } = options;
  const staticDir = path.join(root, 'out', 'renderer');
  // The same context object, not a copy: a restore through the UI puts its new connection in it.
  ctx.transport = 'bridge';
  const settled = settleAfterStart(ctx, { checkInBackground: options.checkInBackground });
  if (rendererIsStale(root, staticDir)) {
    io.stderr('Building the workbench UI (first start only, takes a few seconds)…\n');
    await buildRenderer(root);
  }
  let bridge: Awaited<ReturnType<typeof startBridge>>;
  // Imports and reports run in worker threads: the bridge keeps answering the pages meanwhile. The host
  // joins this same context (not a copy), so a restore that puts a new connection in it is honoured.
  const jobs = createJobHost({
    workerFile: jobWorkerFile(),
    databasePath: ctx.databasePath,
    transport: 'bridge',
    version: ctx.version,
    osLanguage: ctx.osLanguage,
    log: ctx.log,
  });
  ctx.jobs = jobs;
  try {
    bridge = await startBridge({
      dispatch: (op, input, signal) => dispatch(ctx, op, input, { signal }),
      changes: (listener) => changeHub(ctx.db).subscribe((event) => listener(publicEvent(event))),
      staticDir,
      port: options.port,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new CliFailure(
        `Port ${options.port} is already in use; choose another with --port, or 0 for any free port.`,
        1,
      );
    }
    await jobs.close();
    throw error;
  }
  io.stdout(`${bridge.url}\n`);
  io.stderr(
    `SX Workbench is serving ${ctx.databasePath} on 127.0.0.1 only. Open the link above; press Ctrl+C to stop.\n`,
  );
  // Writes by the CLI beside the service reach the open pages too.
  const stopWatching = watchExternalChanges(() => ctx.db);
  // The team server, when one is set up: synced in the background, never waited for.
  const teamSync = startTeamSync(ctx);
  await io.untilStopped();
  teamSync.stop();
  stopWatching();
  await bridge.close();
  await jobs.close();
  await settled;
}
