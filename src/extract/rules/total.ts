/**
 * Reported totals: an amount in a clause that says it is a sum ("au total", "spent", "insgesamt",
 * "depuis 2022"), and the parts named after it ("dont plus de 66,5 milliards des États-Unis").
 */
import { settleCurrency, type MoneyMention } from '../recognise/money.ts';
import { words } from '../lexicon/grammar.ts';
import parties from '../../../data/extract/parties.json' with { type: 'json' };
import { emptyCandidate, type ArticleMemory, type Candidate } from './candidate.ts';
import { afterAgentPrep, canGive, NOT_DONORS } from './roles.ts';
import { charSpan, clauseOf, hasCue, within, wordsOf, type Sentence } from './sentence.ts';

export function findTotals(s: Sentence, memory: ArticleMemory): Candidate[] {
  if (s.cue.total.length === 0) return [];
  const out: Candidate[] = [];
  s.money.forEach((m, n) => {
    if (m.altOf !== null) return;
    // "l'objectif de cinq milliards": an aim, not a sum reached.
    if (hasCue(s, 'goal', { start: Math.max(0, m.start - 3), end: m.start })) return;
    const clause = clauseOf(s, m.start);
    const part = isPart(s, m);
    if (!part && !hasCue(s, 'total', clause) && !hasCue(s, 'total', { start: 0, end: s.tokens.length }))
      return;
    const fact = emptyCandidate('total', charSpan(s, m.start, m.end));
    const alts = s.money.filter((a) => a.altOf === n);
    const owner =
      ownerAfter(s, m) ??
      (part ? agentAfter(s, m) : (sourceAfter(s, m) ?? subjectBefore(s, clause.start, m.start)));
    fact.donor = owner?.code ?? (part ? null : memory.lastActor);
    fact.recipient = memory.aboutUkraine ? 'UA' : null;
    const currency = (x: MoneyMention) => settleCurrency(x, fact.donor);
    fact.money = currency(m);
    fact.money_alt = alts.map(currency);
    fact.date = s.dates.find((d) => d.date !== null && d.start > m.end)?.date ?? null;
    const start = Math.min(owner && !part ? owner.start : clause.start, m.start);
    const end = Math.max(m.end, owner?.end ?? 0, ...alts.map((a) => a.end));
    fact.evidence = { start: charSpan(s, start, start + 1).start, end: charSpan(s, end - 1, end).end };
    fact.confidence = owner ? 0.8 : 0.65;
    const said = s.cue.total.find((c) => within(c, clause)) ?? s.cue.total[0];
    fact.cue = part ? 'total/part' : `total: ${said ? wordsOf(s, said) : ''}`;
    out.push(fact);
  });
  return out;
}

function isPart(s: Sentence, m: MoneyMention): boolean {
  for (let k = Math.max(0, m.start - 5); k < m.start; k++)
    if (words.part[s.lang].matchAt(s.tokens, k)) return true;
  return false;
}

/** "… milliards des États-Unis", "… from the US", "… aus den USA". */
function ownerAfter(s: Sentence, m: MoneyMention) {
  const p = s.parties.find((x) => x.start >= m.end && x.start <= m.end + 3);
  if (!p || NOT_DONORS.has(p.value.code)) return null;
  const between = s.tokens.slice(m.end, p.start).map((t) => t.fold);
  return between.every((w) =>
    ['de', 'des', 'du', "d'", 'from', 'by', 'the', 'aus', 'von', 'den', 'der', 'les', 'la', "l'"].includes(w),
  )
    ? { code: p.value.code, start: p.start, end: p.end }
    : null;
}

/** "…, of which $3.7 billion is allocated by the US", "dont 2 milliards versés par la France": the part's giver is the agent of its verb. */
function agentAfter(s: Sentence, m: MoneyMention) {
  const next = s.money.find((x) => x.start >= m.end && x.altOf === null)?.start ?? s.tokens.length;
  const p = s.parties.find(
    (x) =>
      x.start >= m.end &&
      x.start < Math.min(next, m.end + 8) &&
      !s.tokens.slice(m.end, x.start).some((t) => t.text === ',' || t.text === ';') &&
      afterAgentPrep(s, x) &&
      !NOT_DONORS.has(x.value.code),
  );
  return p ? { code: p.value.code, start: p.start, end: p.end } : null;
}

const SOURCE_WORDS = new Set(['provenant', 'par', 'from', 'by', 'von', 'aus', 'part']);

/** "quatre milliards de dollars de contributions provenant des États membres de l'Otan", "… paid by NATO members". */
function sourceAfter(s: Sentence, m: MoneyMention) {
  const p = s.parties.find((x) => x.start >= m.end && x.start <= m.end + 8);
  if (!p || NOT_DONORS.has(p.value.code)) return null;
  const between = s.tokens.slice(m.end, p.start);
  if (between.some((t) => t.kind === 'sign') || !between.some((t) => SOURCE_WORDS.has(t.fold))) return null;
  return { code: p.value.code, start: p.start, end: p.end };
}

function subjectBefore(s: Sentence, from: number, to: number) {
  const p = s.parties.filter((x) => x.start >= from && x.start < to && canGive(s, x)).pop();
  return p ? { code: p.value.code, start: p.start, end: p.end } : null;
}

const COALITIONS = new Set(parties.coalitions);

/**
 * "European Nations Commit $1 billion" over the Dutch, Swedish, Norwegian and Danish shares, "L'Ukraine
 * obtient 38 milliards de dollars de ses partenaires" beside each partner's pledge: money pledged by
 * a coalition of states, in an article that tells the money of two or more of its single states,
 * each smaller in the same currency, is the sum of their pledges, reported. Changes the candidates in place.
 */
export function sumsOfParts(candidates: Candidate[]): void {
  const pledged = candidates.filter((c) => c.type === 'commitment' && c.money?.amount != null && c.donor);
  const parts = pledged.filter((c) => !COALITIONS.has(c.donor!));
  if (new Set(parts.map((c) => c.donor)).size < 2) return;
  for (const c of pledged) {
    if (!COALITIONS.has(c.donor!)) continue;
    const amount = c.money!.amount!;
    const same = parts.filter((p) => p.money!.currency === c.money!.currency);
    if (same.some((p) => p.money!.amount! >= amount)) continue;
    c.type = 'total';
    c.mode = null;
    c.status = null;
    c.cue = `total: sum of ${parts.length} pledges (${c.cue ?? ''})`;
  }
}
