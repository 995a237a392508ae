// Child process for the crash-safety test: records cases through the real core as fast as it can
// and prints one line per command only after the command has returned (committed).
// Usage: node --import tsx test/helpers/record-loop.ts <dataDir> <seed>
import { openDesk } from '../../main/core/open-desk.js';
import { nodeSettings } from '../../main/core/settings/settings-store.js';
import { createDispatch } from '../../main/core/handlers/dispatch.js';
import type { DeskEvent } from '../../shared/domain/events.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { complaintInput } from './cases.js';
import { MANAGER_PIN } from './desk.js';
import { seededRandom } from './random.js';

export type Ack = { caseId: string; caseNo: string; seqs: number[]; eventCount: number; status: string };

const [dir, seed] = process.argv.slice(2);
const services = openDesk({ dataDir: dir!, settings: nodeSettings(dir!) });
const { desk } = services;
const dispatch = createDispatch(services);
let committed: DeskEvent[] = [];
desk.onCommitted((_, events) => { committed = events; });
const random = seededRandom(Number(seed));
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

/** Runs a command; once it has returned, tells the parent what is now saved. */
async function command(method: string, input: unknown): Promise<CaseState> {
  const r = await dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  const s = r.value as CaseState;
  const ack: Ack = { caseId: s.id, caseNo: s.caseNo, seqs: committed.map((e) => e.seq), eventCount: s.eventCount, status: s.status };
  process.stdout.write(`${JSON.stringify(ack)}\n`);
  return s;
}

const today = desk.today();
if (!(await dispatch('signIn', { pin: MANAGER_PIN })).ok) throw new Error('sign-in failed');
const open = (await dispatch('listCases', { status: 'received', limit: 200 })) as { ok: true; value: { items: { id: string }[] } };
const received = open.value.items.map((i) => i.id);
const customer = () => ({ name: `Zákazník ${digits(3)}`, phone: `+420 ${digits(3)} ${digits(3)} ${digits(3)}` });

for (;;) {
  const pick = random();
  if (pick < 0.4) {
    await command('recordReturn', {
      purchase: { purchaseDate: today, proof: 'receipt', receiptNo: `R-${digits(6)}` }, refundMethod: 'cash', customer: customer(),
      lines: [{ item: 'Konvice', qty: 1 + Math.floor(random() * 3), unitPrice: { amount: 100 + Math.floor(random() * 90000), currency: 'CZK' }, reason: 'changed_mind', condition: 'new', restock: true }],
    });
  } else if (pick < 0.7 || received.length === 0) {
    received.push((await command('openComplaint', complaintInput({ description: `Vada ${digits(4)}`, customer: customer() }))).id);
  } else {
    const caseId = received.splice(Math.floor(random() * received.length), 1)[0]!;
    await command('progressComplaint', { caseId, sentTo: 'service', note: `poznámka ${digits(4)}` });
    await command('handDocument', { caseId, document: 'filing', how: 'declined' });
    await command('resolveComplaint', { caseId, outcome: 'accepted', method: 'repair' });
  }
}
