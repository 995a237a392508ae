import { performance } from 'node:perf_hooks';
import type { Database } from './sqlite.js';

/** Merging stops once a step has run this long: a command arriving meanwhile waits about this, plus one commit. */
const STEP_BUDGET_MS = 10;
/** Leaf pages per FTS5 merge call within a step. */
const MERGE_PAGES = 16;
/**
 * A step is due after this many commands however fast they come: every command adds a search-index
 * segment, and a step every `maxWaitMs` alone fell behind once commands got faster (at 250k cases
 * the segments reached FTS5's limit of 2,000 and a commit failed with SQLITE_FULL).
 */
const STEP_EVERY_COMMANDS = 32;
/**
 * Commands that came back to back with no turn of the event loop between them (so no timer ran) get
 * a step of their own after this many: otherwise the segments reach FTS5's limit of 2,000 and
 * every later command fails (a caller looping without yielding failed at the 3,997th return).
 */
const STARVED_AFTER_COMMANDS = 8 * STEP_EVERY_COMMANDS;

/**
 * The upkeep SQLite would otherwise do inside whichever command happens to cross a threshold: merging
 * the search index's segments (migration 8 turned FTS5's own merging off: it ran inside commands)
 * and checkpointing the WAL into the database file (at 1,000 pages, tens of ms with synchronous=FULL).
 * A step runs once the desk has been idle for `idleMs`, and every `maxWaitMs` or STEP_EVERY_COMMANDS
 * commands even under a steady stream of commands, so the index and the WAL stay small. Each step is its own short transaction
 * and a checkpoint, both crash-safe.
 */
export class IdleMaintenance {
  private timer: NodeJS.Timeout | undefined;
  private lastCommand = 0;
  private pendingSince: number | undefined;
  private commandsSinceStep = 0;
  private readonly merge;
  private readonly changes;

  constructor(
    private readonly db: Database,
    private readonly idleMs = 100,
    private readonly maxWaitMs = 150,
    private readonly now: () => number = Date.now,
  ) {
    // Steps checkpoint long before this; SQLite's own stays as a bound for writes that are not commands (pulls).
    db.exec('PRAGMA wal_autocheckpoint = 10000');
    this.merge = db.prepare("INSERT INTO case_search (case_search, rank) VALUES ('merge', ?)");
    this.changes = db.prepare('SELECT total_changes()').raw();
  }

  /** A command committed: a step is due once the desk is idle. */
  committed(): void {
    this.lastCommand = this.now();
    this.pendingSince ??= this.lastCommand;
    // Once: rescheduling it on every later command would put it off for as long as commands come.
    if (++this.commandsSinceStep === STEP_EVERY_COMMANDS) this.runSoon();
    else if (this.commandsSinceStep >= STARVED_AFTER_COMMANDS) this.runNow();
    else this.schedule(this.idleMs);
  }

  /** Merges for up to STEP_BUDGET_MS in one transaction, then checkpoints; false when nothing was left to merge. */
  step(): boolean {
    this.commandsSinceStep = 0;
    const t0 = performance.now();
    const merged = this.db.transaction(() => {
      let rounds = 0;
      while (performance.now() - t0 < STEP_BUDGET_MS && this.mergeSome()) rounds++;
      return rounds > 0;
    }).immediate();
    this.db.exec('PRAGMA wal_checkpoint(PASSIVE)');
    return merged;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private mergeSome(): boolean {
    const before = (this.changes.get() as [number])[0];
    this.merge.run(MERGE_PAGES);
    // FTS5's documented signal: a merge that did any work changes at least two rows.
    return (this.changes.get() as [number])[0] - before >= 2;
  }

  /** Here, after the command that found the timers starved: a bounded step beats a failed command. */
  private runNow() {
    clearTimeout(this.timer);
    this.tick();
  }

  /** On the event loop's next turn, between commands. */
  private runSoon() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.timer) return;
    this.timer = setTimeout(() => this.tick(), ms);
    this.timer.unref?.();
  }

  private tick() {
    this.timer = undefined;
    const now = this.now();
    const idleIn = this.lastCommand + this.idleMs - now;
    const deadlineIn = this.pendingSince! + this.maxWaitMs - now;
    const fewCommands = this.commandsSinceStep < STEP_EVERY_COMMANDS;
    if (fewCommands && idleIn > 0 && deadlineIn > 0) return this.schedule(Math.min(idleIn, deadlineIn));
    this.pendingSince = this.step() ? now : undefined;
    if (this.pendingSince !== undefined) this.schedule(this.idleMs);
  }
}
