import type { Command } from 'commander';
import { registerAssessmentCommands } from '../assessments/cli';
import { registerBackupCommands } from '../backup/cli';
import { registerBundleCommands } from '../bundles/cli';
import { registerClientCommands } from '../clients/cli';
import { registerDemoCommands } from '../demo/cli';
import { registerDossierCommands } from '../dossier/cli';
import { registerFrameworkCommands } from '../frameworks/cli';
import { registerBenchmarkCommands } from '../pool/cli';
import { registerReportCommands } from '../reports/cli';
import { registerResultCommands } from '../results/cli';
import { registerRoadmapCommands } from '../roadmap/cli';
import { registerSurveyCommands } from '../surveys/cli';
import { registerTeamCommands } from '../team/cli';
import type { CommandKit } from './commandKit';

/**
 * Every feature's commands, in the order `sxw --help` lists them. A feature adds its `register…Commands`
 * here (one line); the commands call operations through the kit, so they load no service until they run.
 */
export const FEATURE_COMMANDS: ((program: Command, kit: CommandKit) => void)[] = [
  registerClientCommands,
  registerBundleCommands,
  registerAssessmentCommands,
  registerResultCommands,
  registerSurveyCommands,
  registerFrameworkCommands,
  registerBenchmarkCommands,
  registerTeamCommands,
  registerReportCommands,
  registerRoadmapCommands,
  registerDossierCommands,
  registerDemoCommands,
  registerBackupCommands,
];
