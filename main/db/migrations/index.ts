import { migration001 } from './001-clients-engagements';
import type { Migration } from './types';

/** In order; `version` must equal the position + 1 (a test guards it). */
export const migrations: readonly Migration[] = [migration001];

export const LATEST_SCHEMA_VERSION = migrations.length;
