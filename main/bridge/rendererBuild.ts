import fs from 'node:fs';
import path from 'node:path';

/**
 * The loopback bridge serves the same built renderer the desktop app loads. `npx sxw serve` must work
 * right after install with no separate build step, so the renderer is built on first use, and again
 * whenever a source file is newer than the build.
 */
export function rendererIsStale(root: string, outDir: string): boolean {
  const index = path.join(outDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return newestMtime([path.join(root, 'renderer'), path.join(root, 'shared')]) > built;
}

function newestMtime(dirs: string[]): number {
  let newest = 0;
  const stack = [...dirs];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') stack.push(full);
      } else {
        newest = Math.max(newest, fs.statSync(full).mtimeMs);
      }
    }
  }
  return newest;
}

export async function buildRenderer(root: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'silent' });
}
