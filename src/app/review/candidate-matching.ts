/**
 * Does an extracted commitment repeat one already in the ledger (same donor, and the same item
 * or amount, announced within a month)? Does it contradict a recorded figure? Pure logic over
 * rows the caller has loaded.
 */
import type { Fact } from '../../extract/types.ts';

export interface LedgerCommitment {
  id: string;
  donor: string;
  recipient: string;
  announced_on: string | null;
  items: { equipment: string | null; quantity: number | null }[];
  money: { amount: string | null; currency: string } | null;
}

export interface Conflict {
  record: string;
  field: 'quantity' | 'money';
  recorded: string;
  extracted: string;
}

const MATCH_DAYS = 31;

function daysApart(a: string, b: string): number {
  return (
    Math.abs(Date.parse(a.length === 7 ? `${a}-01` : a) - Date.parse(b.length === 7 ? `${b}-01` : b)) /
    86_400_000
  );
}

function sameAmount(a: number, b: number, tolerance = 0.05): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(a, b);
}

export function factDate(fact: Fact, published: string | null): string | null {
  return fact.date?.value ?? published;
}

export function findMatch(
  fact: Fact,
  published: string | null,
  ledger: readonly LedgerCommitment[],
): LedgerCommitment | null {
  if (fact.type !== 'commitment' || !fact.donor) return null;
  const when = factDate(fact, published);
  const candidates = ledger.filter((c) => {
    if (c.donor !== fact.donor) return false;
    // A replenishment (the donor as its own recipient) never matches aid to someone else.
    if (c.recipient !== (fact.recipient ?? c.recipient) || c.recipient === c.donor) return false;
    if (when && c.announced_on && daysApart(when, c.announced_on) > MATCH_DAYS) return false;
    const sameItem = !!fact.item && c.items.some((i) => i.equipment === fact.item);
    const money = fact.money;
    const sameMoney =
      !!money?.amount &&
      !!c.money?.amount &&
      c.money.currency === money.currency &&
      sameAmount(Number(c.money.amount), money.amount);
    return sameItem || sameMoney;
  });
  const distance = (c: LedgerCommitment) =>
    when && c.announced_on ? daysApart(when, c.announced_on) : MATCH_DAYS;
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** Figures of the matched commitment that the extracted fact states differently. */
export function findConflicts(fact: Fact, match: LedgerCommitment): Conflict[] {
  const conflicts: Conflict[] = [];
  const line = match.items.find((i) => i.equipment === fact.item);
  if (
    fact.quantity?.value != null &&
    line?.quantity != null &&
    fact.quantity.qualifier === 'exact' &&
    line.quantity !== fact.quantity.value
  ) {
    conflicts.push({
      record: match.id,
      field: 'quantity',
      recorded: String(line.quantity),
      extracted: String(fact.quantity.value),
    });
  }
  const money = fact.money;
  if (money?.amount && money.currency && match.money?.amount && match.money.currency === money.currency) {
    const tolerance = money.qualifier === 'exact' ? 0.01 : 0.1;
    if (!sameAmount(Number(match.money.amount), money.amount, tolerance)) {
      conflicts.push({
        record: match.id,
        field: 'money',
        recorded: `${match.money.amount} ${match.money.currency}`,
        extracted: `${money.amount} ${money.currency}`,
      });
    }
  }
  return conflicts;
}
