import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressFolder } from '../main/bridge/compression';

/**
 * The renderer's build. electron-vite imports this same object for the desktop build, and `sxw serve`
 * serves its output over the loopback bridge, so paths are absolute and the base is relative (`file://`).
 */

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

/**
 * The dev server injects React Refresh's preamble as an inline script, which the strict CSP in
 * index.html refuses; only while serving do we allow inline scripts. Built files keep the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'sxw-relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    },
  };
}

/**
 * `sxw serve` sends the scripts compressed; compressing them here, once per build, spares every first
 * request after a start the wait (see main/bridge/staticFiles.ts). The desktop app reads files from disk
 * and ships without these copies (electron-builder.yml).
 */
function precompress(): Plugin {
  return {
    name: 'sxw-precompress',
    apply: 'build',
    async writeBundle(output) {
      if (output.dir) await precompressFolder(output.dir);
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), relaxCspForDevServer(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Charts are drawn on the results and workshop screens only (routes.tsx loads them on first use).
            // The chart code goes with ECharts, or the shared chunk below would import ECharts for every screen.
            {
              name: 'charts',
              test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]|[\\/](renderer[\\/]src|shared)[\\/]charts[\\/]/,
              priority: 3,
              // Only those files: what they import from Mantine or the app stays where the other groups put it.
              includeDependenciesRecursively: false,
            },
            // Each language's strings on their own: a window loads the one it shows (renderer/src/i18n/i18n.ts).
            {
              name: 'strings-en',
              test: /[\\/]shared[\\/]i18n[\\/][a-zA-Z]*En\.ts$|[\\/]shared[\\/]i18n[\\/]en\.ts$/,
              priority: 4,
            },
            {
              name: 'strings-nl',
              test: /[\\/]shared[\\/]i18n[\\/][a-zA-Z]*Nl\.ts$|[\\/]shared[\\/]i18n[\\/]nl\.ts$/,
              priority: 4,
            },
            // Everything the first screen needs in one file, rather than a dozen the router splits it into.
            { name: 'start', tags: ['$initial'], priority: 2 },
            // What several later screens share (forms, Mantine inputs), in one file rather than many small ones.
            { name: 'screens', minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
