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

/**
 * Always the production build, as shipped. Vite takes a set NODE_ENV over the build's mode, and under a
 * test runner (NODE_ENV=test) that would be React's development build: several times slower, with
 * StrictMode's double renders, so the e2e suite would not drive what users get.
 */
export async function buildRenderer(root: string): Promise<void> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), mode: 'production', logLevel: 'silent' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
