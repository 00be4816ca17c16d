import type { Database } from 'better-sqlite3';

/**
 * Keeps this process's writes from waiting on each other inside SQLite. A job that writes from a worker
 * thread (main/jobs/host.ts) holds the gate while its transaction is open; a write the UI asks for meanwhile
 * waits here — the thread that answers the UI stays free — instead of in SQLite's busy handler, which would
 * block that thread until the job commits or the busy timeout ends.
 */
export class WriteGate {
  private held: Promise<void> | null = null;

  get open(): boolean {
    return this.held === null;
  }

  /** Resolves when no job holds the gate. */
  async whenOpen(): Promise<void> {
    while (this.held) await this.held;
  }

  /** Waits for the gate, then holds it until the returned function is called. */
  async acquire(): Promise<() => void> {
    // Checked and taken in one synchronous step: two waiters woken together must not both take it.
    while (this.held) await this.held;
    let release!: () => void;
    this.held = new Promise<void>((resolve) => {
      release = () => {
        this.held = null;
        resolve();
      };
    });
    return release;
  }
}

const gates = new WeakMap<Database, WriteGate>();

export function writeGate(db: Database): WriteGate {
  let gate = gates.get(db);
  if (!gate) {
    gate = new WriteGate();
    gates.set(db, gate);
  }
  return gate;
}
