import { v7 as uuidv7 } from 'uuid';
import { foldCase } from '../../shared/domain/fold.js';
import { formatRegisterNo } from '../../shared/law/register-number.js';
import type { Desk } from '../../main/core/desk.js';

/**
 * `n` claims about faulty goods filed at a BG desk, each with its register number, stored through the
 * event log and projection a command uses, 1,000 to a transaction: a large year's register in seconds.
 */
export function seedRegister(desk: Desk, n: number) {
  const actor = desk.requireStaff();
  const { storeCode, deskCode, country } = desk.requireSetup();
  const year = Number(desk.today().slice(0, 4));
  for (let done = 0; done < n; done += 1_000) {
    desk.db.transaction(() => {
      for (let i = done; i < Math.min(n, done + 1_000); i++) {
        const { event } = desk.log.append(uuidv7(), 'complaint.opened', actor.id, {
          caseNo: desk.nextCaseNo(), country, kind: 'defect', remedy: 'repair', registerNo: formatRegisterNo(storeCode, deskCode, year, i + 1),
          description: `Чайникът тече от основата след ${i % 50 + 1} седмици; изключва предпазителя`,
          product: { name: `Електрическа кана ${i + 1}`, serial: `SN-${100000 + i}` },
          customer: { name: `Иван Петров ${i + 1}`, phone: '+359 888 123 456' },
        });
        desk.projection.store(foldCase([event]), true);
      }
    })();
    desk.maintenance.step();
  }
}
