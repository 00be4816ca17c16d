import path from 'node:path';
import { buildRenderer, rendererIsStale } from '../../main/bridge/rendererBuild';

/** The e2e suite drives the real built renderer, exactly what `sxw serve` and the desktop app load. */
export default async function setup(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..', '..');
  if (rendererIsStale(root, path.join(root, 'out', 'renderer'))) await buildRenderer(root);
}
