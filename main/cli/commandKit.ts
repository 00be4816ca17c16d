import type { OperationName, OperationOutput } from '../../shared/api/operations';
import type { ServiceContext } from '../api/context';
import type { CliIo } from './io';

/** What a command module needs: run an operation (throws AppError on failure), print, reach the services. */
export interface CommandKit {
  run<K extends OperationName>(op: K, input: unknown): OperationOutput<K>;
  /** The same for operations that take a while (reports). */
  runAsync<K extends OperationName>(op: K, input: unknown): Promise<OperationOutput<K>>;
  print(json: boolean, value: unknown, human: () => string): void;
  context(): ServiceContext;
  io: CliIo;
  dbPath: string;
}
