/** The `--format table` view: each fact on a few readable lines with its evidence text. */
import type { Fact, Money } from '../types.ts';

const money = (m: Money) =>
  `${m.qualifier === 'exact' ? '' : `${m.qualifier} `}${m.amount === null ? '?' : m.amount.toLocaleString('en-US')} ${m.currency ?? '(currency?)'}`;

export function describeFact(f: Fact): string {
  const parts: string[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) parts.push(`${label} ${value}`);
  };
  add('donor', f.donor);
  add('→', f.recipient);
  add('supplier', f.supplier);
  add('mode', f.mode);
  add('item', f.item ?? f.category);
  if (f.quantity)
    add(
      'qty',
      `${f.quantity.qualifier === 'exact' ? '' : `${f.quantity.qualifier} `}${f.quantity.value ?? '?'}`,
    );
  if (f.money)
    add('money', money(f.money) + (f.money_alt.length ? ` (${f.money_alt.map(money).join(', ')})` : ''));
  if (f.participants.length) add('with', f.participants.join(', '));
  add('kind', f.kind);
  add('at', [f.place, f.country].filter(Boolean).join(', '));
  if (f.value !== null)
    add(
      'target',
      `${f.value} %${f.previous !== null ? ` (was ${f.previous} %)` : ''}${f.components.length ? ` = ${f.components.join(' + ')}` : ''}`,
    );
  add('date', f.date?.value);
  add('status', f.status);
  return parts.join('  ');
}

export function formatTable(facts: readonly Fact[], textOf: (doc: string) => string): string {
  const lines: string[] = [];
  let doc: string | null = null;
  for (const f of facts) {
    if (f.doc !== doc) {
      doc = f.doc;
      lines.push(`── ${doc}`);
    }
    const evidence = textOf(f.doc)
      .slice(f.evidence.start, f.evidence.end)
      .replace(/<[^>]{0,200}>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const more = f.mentions.length
      ? `  (+${f.mentions.length} mention${f.mentions.length > 1 ? 's' : ''})`
      : '';
    lines.push(`${f.type.padEnd(10)} ${describeFact(f)}  [${f.confidence.toFixed(2)}]${more}`);
    lines.push(`           “${evidence}” @${f.evidence.start}-${f.evidence.end}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
