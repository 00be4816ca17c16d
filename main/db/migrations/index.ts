import { migration001 } from './001-clients-engagements';
import { migration002 } from './002-assessments';
import { migration003 } from './003-benchmark-pool';
import { migration004 } from './004-change-log';
import { migration005 } from './005-roadmap';
import { migration006 } from './006-change-log-rounds';
import { migration007 } from './007-report-exports';
import { migration008 } from './008-round-notes';
import { migration009 } from './009-survey-mappings';
import { migration010 } from './010-dossiers';
import { migration011 } from './011-team';
import { migration012 } from './012-team-provenance';
import { migration013 } from './013-answers-by-respondent';
import type { Migration } from './types';

/** In order; `version` must equal the position + 1 (a test guards it). */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
