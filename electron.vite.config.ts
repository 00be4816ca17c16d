import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig as ElectronViteConfig } from 'electron-vite';
import type { ConfigEnv, UserConfig, UserConfigExport } from 'vite';
import rendererConfigExport from './renderer/vite.config';

/**
 * One build for the desktop app: main (ESM, out/main/index.js — package.json "main"), preload (CommonJS,
 * out/preload/index.cjs) and the renderer, whose settings come from renderer/vite.config.ts so
 * `vite build` for the loopback bridge and the desktop build produce the same UI.
 *
 * Paths are resolved from this file (electron-vite injects `import.meta.url` per bundled config module,
 * but not `import.meta.dirname`).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const at = (...segments: string[]) => resolve(root, ...segments);

async function rendererSettings(env: ConfigEnv): Promise<UserConfig> {
  const exported = rendererConfigExport as UserConfigExport;
  const config = await (typeof exported === 'function' ? exported(env) : exported);
  // `test` is vitest's; the rest (plugins, resolve, css, define, server) is the renderer's own.
  const { test: _vitest, ...rest } = config as UserConfig & { test?: unknown };
  return rest;
}

export default defineConfig(async (env): Promise<ElectronViteConfig> => {
  const renderer = await rendererSettings(env);
  return {
    main: {
      build: {
        outDir: at('out/main'),
        rolldownOptions: {
          // The job worker (imports, reports off the main thread) is an entry of its own, out/main/worker.js,
          // which main/electron/index.ts hands to the job host.
          input: { index: at('main/electron/index.ts'), worker: at('main/jobs/worker.ts') },
          // A native module: loaded at run time from node_modules (asar-unpacked when packaged), never bundled.
          // electron-vite already externalizes package.json "dependencies"; this keeps it so if that changes.
          external: ['better-sqlite3'],
        },
      },
    },
    preload: {
      build: {
        outDir: at('out/preload'),
        rolldownOptions: {
          input: { index: at('main/electron/preload.ts') },
          // A sandboxed preload is a classic script that may only require('electron'): one CommonJS file.
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    },
    renderer: {
      ...renderer,
      root: at('renderer'),
      build: {
        ...renderer.build,
        outDir: at('out/renderer'),
        emptyOutDir: true,
        rolldownOptions: {
          ...renderer.build?.rolldownOptions,
          input: { index: at('renderer/index.html') },
        },
      },
    },
  };
});
