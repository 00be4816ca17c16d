#!/usr/bin/env node
// `sxw` runs the TypeScript sources directly through tsx, so `npx sxw` works right after `npm ci`
// with no build step. Keep this file at bin/sxw.mjs: npx caches the bin path per project folder.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/main.ts');
