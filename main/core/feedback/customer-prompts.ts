import { randomBytes } from 'node:crypto';
import type { CustomerScreenView } from '../../../shared/api/customer.js';
import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { customerApi } from '../../../shared/api/customer.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import type { EventType } from '../../../shared/domain/events.js';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { Staff } from '../../../shared/settings.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';

/** What ends a visit at the counter: then the customer is asked how it went. */
const answeredBy = new Set<EventType>(['return.recorded', 'exchange.recorded', 'complaint.resolved']);

type Prompt = { id: string; caseId: string; language: Locale; askedBy: Staff; expiresAt: number };

/**
 * The one question open on the customer's screen. Kept in memory only: after a restart the screen
 * is idle. Its id is random and used once, so the screen (or anyone who saw an id) can answer
 * only the question open now, and learns nothing about the case.
 */
export class CustomerPrompts {
  private open: Prompt | null = null;

  /** `ttlMs`: how long a question waits for the customer before the screen goes idle again. */
  constructor(private readonly desk: Desk, private readonly ttlMs = 120_000) {}

  /** Asks automatically when a command ends a visit (a return or exchange recorded, a complaint resolved), in the desk's language. */
  listen(): void {
    this.desk.onCommitted((state, events) => {
      const staff = this.desk.signedIn;
      if (staff && !state.feedback && events.some((e) => answeredBy.has(e.type))) this.put(state, this.desk.requireSetup().language, staff);
    });
  }

  /** At the counter: the question for this case, in the language the clerk chose with the customer. */
  ask(caseId: string, language: Locale): void {
    const staff = this.desk.requireStaff();
    const state = this.desk.getCase(caseId);
    if (state.status === 'voided') throw new DeskError('invalid_transition');
    this.put(state, language, staff);
  }

  cancel(): void {
    this.desk.requireStaff();
    this.open = null;
  }

  private put(state: CaseState, language: Locale, askedBy: Staff) {
    this.open = { id: randomBytes(16).toString('hex'), caseId: state.id, language, askedBy, expiresAt: this.desk.now() + this.ttlMs };
  }

  private current(): Prompt | null {
    if (this.open && this.desk.now() >= this.open.expiresAt) this.open = null;
    return this.open;
  }

  view(): CustomerScreenView {
    const setup = this.desk.setup;
    const p = this.current();
    return { storeName: setup?.storeName ?? '', language: setup?.language ?? 'en', prompt: p && { id: p.id, language: p.language } };
  }

  /**
   * Records the answer as `feedback.recorded` on the case, by the clerk who served the customer
   * (they may be signed out by then: the answer is the customer's, not the screen's user's).
   */
  answer({ promptId, solved, score, comment }: ParsedInputOf<typeof customerApi.answerCustomerPrompt>): void {
    const p = this.current();
    if (!p || p.id !== promptId) throw new DeskError('feedback_prompt_gone');
    this.open = null;
    this.desk.runCommand(p.caseId, (append) => append('feedback.recorded', { solved, score, ...(comment ? { comment } : {}), language: p.language }), p.askedBy);
  }
}
