import type { poolOperations } from '../../shared/pool/operations';
import type { HandlersOf } from '../api/handlers';
import { fileBytes } from '../files/fileBytes';
import { compare, widerGroup } from './compare';
import { contribute, contributionStatus, withdraw } from './contribution';
import { exportComparison } from './comparisonExport';
import { exportPool, exportPoolWorkbook } from './export';
import { importPool } from './import';
import { listPacks, poolStats, removePack } from './packs';

export const poolHandlers: HandlersOf<typeof poolOperations> = {
  'pool.contribution': ({ assessmentId }, ctx) => contributionStatus(ctx, assessmentId),
  'pool.contribute': ({ assessmentId }, ctx) => contribute(ctx, assessmentId),
  'pool.withdraw': ({ assessmentId }, ctx) => withdraw(ctx, assessmentId),
  'pool.import': (input, ctx, job) =>
    importPool(ctx, { content: fileBytes(input), fileName: input.fileName, skipInvalid: input.skipInvalid }, job),
  'pool.export': (input, ctx) => exportPool(ctx, input),
  'pool.exportWorkbook': (input, ctx) => exportPoolWorkbook(ctx, input),
  'pool.exportComparison': (input, ctx) => exportComparison(ctx, input),
  'pool.packs': (_, ctx) => listPacks(ctx),
  'pool.removePack': ({ packId }, ctx) => removePack(ctx, packId),
  'pool.stats': (_, ctx) => poolStats(ctx),
  'pool.compare': (input, ctx) => compare(ctx, input),
  'pool.widen': (input, ctx) => widerGroup(ctx, input),
};
