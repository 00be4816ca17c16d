import type { QueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type Entity, touches } from '../../../shared/api/entities';
import type * as Operations from '../../../shared/api/operations';

type Listener = (event: ChangeEvent) => void;

/**
 * The change events a transport hears — with the answer to this window's own writes, and pushed for
 * everyone else's — delivered once each (the same write can arrive both ways).
 */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private readonly seen = new Set<number>();
  private readonly order: number[] = [];

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  deliver(event: ChangeEvent): void {
    if (this.seen.has(event.seq)) return;
    this.seen.add(event.seq);
    this.order.push(event.seq);
    if (this.order.length > 500) this.seen.delete(this.order.shift() as number);
    for (const listener of this.listeners) listener(event);
  }
}

/**
 * A query that keeps its own copy of some entities while this window edits them (the workshop screen's
 * answers) names them in its meta, so those changes do not refetch it under the user's hands.
 */
export interface ChangeAwareMeta extends Record<string, unknown> {
  ignoreChangesOf?: readonly Entity[];
}

/**
 * The operation table with every feature's input schemas is most of the shared code and all of zod; no
 * first screen needs it, only the first change event (after the first write), so it loads on first use.
 */
let table: Promise<typeof Operations> | undefined;
function operationTable() {
  return (table ??= import('../../../shared/api/operations'));
}

/**
 * Marks stale every query whose operation reads something the change touched — declared with the
 * operation (`reads` in shared/<feature>/operations.ts), so no screen can be forgotten. Active queries
 * refetch at once; the others when next shown.
 */
export async function invalidateFor(queryClient: QueryClient, event: ChangeEvent): Promise<void> {
  const { isOperationName, readsOf } = await operationTable();
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const op = query.queryKey[0];
      if (typeof op !== 'string' || !isOperationName(op)) return false;
      const ignored = (query.meta as ChangeAwareMeta | undefined)?.ignoreChangesOf ?? [];
      const reads = readsOf(op).filter((e) => !ignored.includes(e));
      return touches(reads, event);
    },
  });
}
