/** The commitment form's fields as text, to and from the API's shapes. */
import type { Commitment, Mode, Qualifier, Visibility } from '../../api/types.ts';

/** One equipment line of the form; every line of the commitment has one. */
export interface LineDraft {
  equipment: string;
  category: string;
  quantity: string;
  /** Kept as it was: the form does not edit it, and a save must not lose it. */
  quantity_qualifier: Qualifier | null;
}

export const emptyLine = (): LineDraft => ({
  equipment: '',
  category: '',
  quantity: '',
  quantity_qualifier: null,
});

export interface CommitmentDraft {
  donor: string;
  recipient: string;
  mode: Mode | '';
  announced_on: string;
  amount: string;
  currency: string;
  qualifier: Qualifier;
  value_date: string;
  lines: LineDraft[];
  visibility: Visibility;
  source: string;
  note: string;
}

export function emptyDraft(donor: string): CommitmentDraft {
  return {
    donor,
    recipient: 'UA',
    mode: 'donation',
    announced_on: new Date().toISOString().slice(0, 10),
    amount: '',
    currency: 'EUR',
    qualifier: 'exact',
    value_date: '',
    lines: [emptyLine()],
    visibility: 'public',
    source: '',
    note: '',
  };
}

export function draftOf(c: Commitment): CommitmentDraft {
  return {
    donor: c.donor,
    recipient: c.recipient,
    mode: c.mode ?? '',
    announced_on: c.announced_on ?? '',
    amount: c.money?.amount ?? '',
    currency: c.money?.currency ?? 'EUR',
    qualifier: c.money?.qualifier ?? 'exact',
    value_date: c.money?.value_date ?? '',
    lines: c.items.map((line) => ({
      equipment: line.equipment ?? '',
      category: line.category ?? '',
      quantity: line.quantity === null ? '' : String(line.quantity),
      quantity_qualifier: line.quantity_qualifier,
    })),
    visibility: c.visibility,
    source: '',
    note: c.note ?? '',
  };
}

/** The request body: money stays a decimal string; an empty field is left out or nulled. */
export function bodyOf(draft: CommitmentDraft, before: CommitmentDraft | null): Record<string, unknown> {
  const money = draft.amount
    ? {
        amount: draft.amount.replace(',', '.').replace(/\s/g, ''),
        currency: draft.currency.toUpperCase(),
        qualifier: draft.qualifier,
        value_date: draft.value_date || draft.announced_on || null,
      }
    : null;
  // A line left wholly blank (the new form's first line, unused) is no line.
  const items = draft.lines
    .filter((l) => l.equipment || l.category || l.quantity)
    .map((l) => ({
      equipment: l.equipment || null,
      category: l.category.trim() || null,
      quantity: l.quantity ? Number(l.quantity) : null,
      ...(l.quantity_qualifier ? { quantity_qualifier: l.quantity_qualifier } : {}),
    }));
  const full: Record<string, unknown> = {
    donor: draft.donor,
    recipient: draft.recipient,
    mode: draft.mode || null,
    announced_on: draft.announced_on || null,
    money,
    items,
    visibility: draft.visibility,
    note: draft.note || null,
    ...(draft.source ? { sources: [draft.source] } : {}),
  };
  if (!before) return full;
  // An update sends only what changed, so that it does not overwrite lines or sources it never showed.
  const changed: Record<string, unknown> = {};
  const differs = (keys: (keyof CommitmentDraft)[]) => keys.some((k) => draft[k] !== before[k]);
  if (differs(['donor'])) changed.donor = full.donor;
  if (differs(['recipient'])) changed.recipient = full.recipient;
  if (differs(['mode'])) changed.mode = full.mode;
  if (differs(['announced_on'])) changed.announced_on = full.announced_on;
  if (differs(['amount', 'currency', 'qualifier', 'value_date'])) changed.money = money;
  // Lines go as a whole list: every line the form shows, so none is lost by changing another.
  if (JSON.stringify(draft.lines) !== JSON.stringify(before.lines)) changed.items = items;
  if (differs(['visibility'])) changed.visibility = full.visibility;
  if (differs(['note'])) changed.note = full.note;
  return changed;
}
