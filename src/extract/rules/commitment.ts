/**
 * Commitments: a verb of giving, paying, buying, selling or ordering (data/extract/triggers.json),
 * its subject as donor, what is given (catalogue item, category, quantity, money), to whom, and how.
 * One commitment per clause and item.
 */
import { settleCurrency } from '../recognise/money.ts';
import type { Act, TriggerEntry } from '../lexicon/cues.ts';
import { words } from '../lexicon/grammar.ts';
import { ammunitionFor, unitIndex, type ItemEntry } from '../lexicon/catalogue.ts';
import type { PartyEntry } from '../lexicon/parties.ts';
import triggerData from '../../../data/extract/triggers.json' with { type: 'json' };
import partyData from '../../../data/extract/parties.json' with { type: 'json' };
import { cues } from '../lexicon/cues.ts';
import type { Lang, Mode } from '../types.ts';
import { emptyCandidate, type ArticleMemory, type Candidate } from './candidate.ts';
import {
  afterAgentPrep,
  afterPlacePrep,
  afterRecipientPrep,
  afterSourcePrep,
  canGive,
  NOT_DONORS,
} from './roles.ts';
import {
  charSpan,
  clauseOf,
  hasCue,
  settingBefore,
  within,
  wordsOf,
  type Mention,
  type Sentence,
} from './sentence.ts';
import { statusOf } from './status.ts';
import { coordinatedWith } from './coordination.ts';
import { gappedCounts, gappedPairs } from './gapping.ts';
import { readNumberWords } from '../recognise/numbers.ts';
import type { QuantityMention } from '../recognise/quantity.ts';

type Range = { start: number; end: number };

/** The verb a list line inherits from its heading ("pledged:", "contributions:"): a weak pledge at its colon. */
const LISTED: TriggerEntry = { act: 'pledge', particle: null, weak: true };

export function findCommitments(s: Sentence, memory: ArticleMemory): Candidate[] {
  const out: Candidate[] = [];
  const done = new Set<number>();
  // "USA: Ukraine's partners raised $5 billion": a line whose words after the colon open with a
  // giver of their own tells who speaks before the colon, not a list entry.
  const listed =
    s.listEntry !== null &&
    !s.triggers.some((t) => t.start > s.listEntry!) &&
    !s.parties.some(
      (p) =>
        p.start > s.listEntry! && p.start <= s.listEntry! + 2 && p.value.form !== 'demonym' && canGive(s, p),
    );
  const triggers = listed
    ? [...s.triggers, { start: s.listEntry!, end: s.listEntry! + 1, value: LISTED }]
    : [...s.triggers, ...inlineList(s)];
  for (const trigger of triggers) {
    const clause = clauseOf(s, trigger.start);
    if (done.has(clause.start) || !triggerHolds(s, trigger, clause) || statesCondition(s, clause, trigger))
      continue;
    const held = triggers.filter((t) => within(t, clause) && triggerHolds(s, t, clause));
    const facts = commitmentsOfClause(s, clause, held, memory);
    if (facts.length > 0) done.add(clause.start);
    out.push(...facts);
    if (facts.length > 0) out.push(...alsoGiven(s, clause, held, facts, memory, done));
  }
  return out;
}

/**
 * "Die Beiträge der nordischen Länder: Schweden 275 Millionen Dollar, Norwegen 112 Millionen …",
 * "New pledges: Sweden $275 million, Norway $112 million": a colon after a word of giving or a
 * pledge noun, followed by parties each with its amount and no verb, lists the pledges it names.
 */
function inlineList(s: Sentence): Mention<TriggerEntry>[] {
  const colon = s.tokens.findIndex((t) => t.text === ':');
  if (colon < 1) return [];
  const heading = { start: 0, end: colon };
  const names =
    s.triggers.some((t) => within(t, heading)) ||
    hasCue(s, 'pledgeNouns', heading) ||
    hasCue(s, 'aidNouns', heading);
  if (!names || s.triggers.some((t) => t.start > colon)) return [];
  const after = clauseOf(s, colon + 1);
  let k = colon + 1;
  if (words.article[s.lang].matchAt(s.tokens, k)) k++;
  const opens = s.parties.some((p) => p.start === k && canGive(s, p));
  const amounts = s.money.filter((m) => within(m, after) && m.altOf === null).length;
  return opens && amounts >= 2 ? [{ start: colon, end: colon + 1, value: LISTED }] : [];
}

/**
 * "Frankreich liefert Caesar-Haubitzen sowie Crotale-Systeme", "as well as", "ainsi que": a clause
 * that an additive coordinator opens, with no verb of its own, names more things given by the
 * clause before.
 */
function alsoGiven(
  s: Sentence,
  clause: Range,
  held: Mention<TriggerEntry>[],
  facts: Candidate[],
  memory: ArticleMemory,
  done: Set<number>,
): Candidate[] {
  const next = clauseOf(s, clause.end);
  if (next.start !== clause.end || done.has(next.start)) return [];
  if (!words.additive[s.lang].matchAt(s.tokens, next.start)) return [];
  if (s.triggers.some((t) => within(t, next)) || s.parties.some((p) => within(p, next) && canGive(s, p)))
    return [];
  const things = (r: Range) => s.items.some((m) => within(m, r)) || s.categories.some((m) => within(m, r));
  if (!things(next)) return [];
  done.add(next.start);
  const told = new Set(facts.map((f) => `${f.item}/${f.category}`));
  return commitmentsOfClause(s, { start: clause.start, end: next.end }, held, memory).filter(
    (f) => !told.has(`${f.item}/${f.category}`),
  );
}

/**
 * "…, à condition que les autres alliés en paient trente", "wenn andere Länder 30 weitere finanzieren":
 * a clause that states the condition of a pledge, with no named party as its subject, is not a pledge.
 */
function statesCondition(s: Sentence, clause: Range, trigger: Range): boolean {
  if (!hasCue(s, 'condition', { start: Math.max(0, clause.start - 3), end: clause.start + 2 })) return false;
  return !s.parties.some((p) => within(p, { start: clause.start, end: trigger.start }) && canGive(s, p));
}

function triggerHolds(s: Sentence, t: Mention<TriggerEntry>, clause: Range): boolean {
  const particle = t.value.particle;
  if (particle) {
    const rest = s.tokens.slice(t.end, clause.end).map((x) => x.fold);
    const found = rest.some((_, k) => particle.every((p, n) => rest[k + n] === p));
    if (!found) return false;
  }
  const lookback = { start: complementStart(s, clause), end: t.start };
  // "Im Rahmen der Beratungen haben sich … verständigt": talks as the setting govern nothing.
  if (s.cue.nonCommitment.some((m) => within(m, lookback) && !settingBefore(s, m.start))) return false;
  // "nach der Lieferung der zwölf Haubitzen": a past delivery that dates something else.
  if (hasCue(s, 'backgroundNouns', { start: Math.max(clause.start, t.start - 2), end: t.start }))
    return false;
  if (hedged(s, lookback) && !hasCue(s, 'condition', { start: 0, end: s.tokens.length })) return false;
  const near = { start: Math.max(clause.start, t.start - 3), end: t.start };
  if (s.lang === 'de' ? hasCue(s, 'negation', clause) : hasCue(s, 'negation', near)) return false;
  // "so far", "bisher", "jusqu'ici" make a sum of an amount; a count of things delivered so far
  // ("Bisher hatte Deutschland sieben Haubitzen geliefert") is still a commitment, a delivered one.
  return !hasCue(s, 'total', clause) || !s.money.some((m) => within(m, clause));
}

const HEDGES = Object.fromEntries(
  Object.entries(triggerData.hedges).flatMap(([lang, list]) =>
    Array.isArray(list) ? [[lang, new Set(list.map((w) => w.toLowerCase()))]] : [],
  ),
) as Record<Lang, Set<string>>;

/** "Spanien könnte … liefern", "France could send": a possibility, not a pledge. */
function hedged(s: Sentence, range: Range): boolean {
  for (let k = range.start; k < range.end; k++)
    if (HEDGES[s.lang].has(s.tokens[k]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/** A German participle with an adjective ending between a determiner and a noun ("die abgegebenen Systeme", "das zugesagte zweite System"). */
function attributive(s: Sentence, t: Range): boolean {
  if (s.lang !== 'de' || t.end !== t.start + 1) return false;
  const w = s.tokens[t.start]!;
  if (!/^\p{Ll}/u.test(w.text) || !/(e|en|er|es|em)$/.test(w.fold)) return false;
  if (t.start === 0 || !words.determiner[s.lang].matchAt(s.tokens, t.start - 1)) return false;
  const next = s.tokens[t.end];
  const after = s.tokens[t.end + 1];
  const noun = (x: typeof next) => x?.kind === 'word' && /^\p{Lu}/u.test(x.text);
  return noun(next) || (next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && noun(after));
}

/**
 * "Trump betonte, dass die Europäer für die Systeme bezahlen sollen", "he said that European
 * allies must pay": a clause told by a speaker, whose named subject is another party and whose
 * verb a modal of obligation governs, is the speaker's demand, not a pledge.
 */
function demandedOfAnother(s: Sentence, clause: Range, subject: Subject): boolean {
  const from = complementStart(s, clause);
  if (from === clause.start || subject.start === null || subject.fromMemory) return false;
  if (!hasCue(s, 'obligation', clause)) return false;
  // The speaker may stand before a clause break ("Trump hob aber hervor, dass …").
  const speakers = s.parties.filter((p) => within(p, { start: 0, end: clause.start }));
  return speakers.length > 0 && speakers.every((p) => p.value.code !== subject.code);
}

/** A clause opened by "que"/"that"/"dass" is governed by the verb before it: look there too. */
function complementStart(s: Sentence, clause: Range): number {
  if (clause.start === 0) return 0;
  const opener = s.tokens[clause.start]?.fold;
  if (opener !== 'que' && opener !== "qu'" && opener !== 'that' && opener !== 'dass') return clause.start;
  return clauseOf(s, clause.start - 1).start;
}

function commitmentsOfClause(
  s: Sentence,
  clause: Range,
  told: Mention<TriggerEntry>[],
  memory: ArticleMemory,
): Candidate[] {
  // "L'Ukraine a annoncé avoir reçu … de la part de …": a receiving verb governed by weak ones reads as receiving.
  let held = told;
  // "die abgegebenen Systeme … ersetzt bekommen": a participle before a noun names a gift told
  // elsewhere; with a verb of its own in the clause, that verb tells what happens.
  const finite = held.filter((t) => !attributive(s, t));
  if (finite.length > 0) held = finite;
  const receivedOnly =
    held.some((t) => t.value.act === 'receive') &&
    held.every((t) => t.value.act === 'receive' || t.value.weak);
  const triggers = receivedOnly ? held.filter((t) => t.value.act === 'receive') : held;
  // The verb whose subject is a named party anchors the clause ("Si le Parlement l'approuve, la Belgique livrera").
  const first =
    triggers.find((t) => donorOf(s, clause, t, memory)?.fromMemory === false) ??
    (triggers[0] as Mention<TriggerEntry>);
  const acts = new Set<Act>(triggers.map((t) => t.value.act as Act));
  const afterVerb = { start: first.end, end: clause.end };
  const inclusionAt = inclusionStart(s, afterVerb);
  const items = s.items.filter((m) => within(m, { start: clause.start, end: inclusionAt }));
  const categories = s.categories.filter((m) => within(m, clause) && m.start < inclusionAt);
  const money = s.money.filter((m) => within(m, clause) && m.altOf === null);
  const quantities = s.quantities.filter((q) => within(q, clause));
  const pronoun = itemPronoun(s, clause, first);
  const hasAidNoun = hasCue(s, 'aidNouns', clause);
  const weak = triggers.every((t) => t.value.weak);
  // "ont annoncé de nouvelles contributions": a weak verb whose object names a pledge is one.
  // "Diese werden gemeinsam mit Polen geschnürt": a demonstrative opening the clause goes on
  // with the pledge of the sentence before.
  const namesPledge =
    hasCue(s, 'pledgeNouns', afterVerb) ||
    (!!memory.previousDonor && words.demonstrative[s.lang].matchAt(s.tokens, clause.start) !== null);
  const antecedent = s.items.filter((m) => m.start < first.start).pop()?.value ?? memory.lastItem;
  // "Weitere 40 Plattformen sollen folgen": a count of a counting noun alone stands for the last
  // item; so does a count of more with no noun ("von den Niederlanden kommen zwei weitere hinzu").
  const counted =
    items.length === 0 && categories.length === 0 && antecedent
      ? (quantities.find((q) => !s.items.some((m) => m.start === q.head)) ??
        countOfMore(s, clause) ??
        ordinalOfUnit(s, clause))
      : undefined;
  // "Die Kosten trägt Deutschland", "Germany will bear the cost": paying the costs with nothing
  // named pays for what the pledge of the sentence before gives.
  const paidFor =
    acts.has('pay') &&
    items.length === 0 &&
    categories.length === 0 &&
    money.length === 0 &&
    quantities.length === 0 &&
    hasCue(s, 'costs', clause)
      ? (memory.previousPledge ?? null)
      : null;
  // "the United States provides the most military aid": who gives most, said in general.
  if (money.length === 0 && quantities.length === 0 && hasCue(s, 'comparison', clause)) return [];
  // "Sweden – “Support will include air-defence systems …”": what a pledge holds, told with a
  // weak word and no amount or count, is its contents, not a pledge of its own.
  if (weak && money.length === 0 && quantities.length === 0 && hasCue(s, 'contents', clause)) return [];
  if (
    items.length === 0 &&
    categories.length === 0 &&
    money.length === 0 &&
    !pronoun &&
    !counted &&
    !paidFor &&
    !namesPledge &&
    (weak || !hasAidNoun)
  )
    return [];

  const receiving = triggers.every((t) => t.value.act === 'receive');
  const moving = triggers.every((t) => t.value.act === 'move');
  if (moving && !travelsToUkraine(s, clause, first)) return [];
  const adding = triggers.every((t) => t.value.act === 'move' || t.value.act === 'add');
  const subject = receiving
    ? giverToSubject(s, clause, first)
    : adding
      ? moverOf(s, clause, first, quantities.length > 0 || counted ? memory : null)
      : donorOf(s, clause, first, memory);
  if (!subject || (subject.fromMemory && weak && !namesPledge)) return [];
  // "A total of 20 countries have committed to … new packages": a count of states gives only
  // with a thing or an amount named.
  const counting = s.parties.some((p) => p.start === subject.start && p.value.form === 'count');
  if (counting && items.length === 0 && categories.length === 0 && money.length === 0) return [];
  // "He thanked the UK and Norway for their contributions": the thanked give; "dankte den drei
  // Ländern für ihren Beitrag", naming none of them, tells again a pledge told before.
  const thanks = s.cue.thanks.find((m) => within(m, { start: clause.start, end: first.start }));
  if (thanks && (subject.start === null || subject.start < thanks.end)) return [];
  if (demandedOfAnother(s, clause, subject)) return [];
  const roles = receiving
    ? {
        donor: subject.code,
        recipient: receiverOf(s, clause, first, subject.code),
        supplier: null,
        mode: null,
        lastEnd: 0,
      }
    : rolesOf(s, clause, first, acts, subject);
  // "für die Bundeswehr beschaffen", "Die Bundeswehr bekommt … aus den USA", "sollen die USA der
  // Bundeswehr neue Systeme liefern": what a state buys for its own forces, or what another state
  // than Ukraine receives, is no aid to Ukraine (a fund or an organisation may still pass it on).
  // Ukraine named after the verb still receives ("fabriqués aux États-Unis et destinés à l'Ukraine").
  const ukraineAfter = s.parties.some(
    (p) => within(p, clause) && p.start >= first.end && p.value.code === 'UA' && p.value.form !== 'demonym',
  );
  if (roles.recipient !== null && roles.recipient !== 'UA' && isState(roles.recipient) && !ukraineAfter)
    return [];
  const base = emptyCandidate(
    'commitment',
    charSpan(s, Math.min(subject.start ?? first.start, first.start), first.end),
  );
  base.donor = roles.donor;
  base.recipient = roles.recipient ?? (memory.aboutUkraine ? 'UA' : null);
  base.supplier = roles.supplier;
  base.mode = roles.mode ?? modeOf(s, clause, acts, roles.donor, roles.supplier);
  base.status = statusOf(s, clause, first, acts);
  // "En janvier, le Danemark avait donné …, et il a annoncé en avril acheter …": the date of the
  // clause's own verb, else the first of the sentence.
  const dated = s.dates.filter((d) => d.date !== null);
  const own = dated.filter((d) => within(d, clause));
  const gap = (d: Range) => (d.start >= first.end ? d.start - first.end : first.start - d.end);
  base.date = (own.sort((a, b) => gap(a) - gap(b))[0] ?? dated[0])?.date ?? null;
  base.confidence = confidence(subject.fromMemory, weak, items.length > 0 || money.length > 0);
  const ends = [first.end, roles.lastEnd];

  const groups: Array<{ item: ItemEntry | null; category: string | null; at: Range | null }> = [];
  const seen = new Set<string>();
  // The words from the missiles to the system they are for name one thing, the ammunition.
  const firing: Range[] = [];
  for (const m of items) {
    const from = firedBy(s, m);
    const fired = from === null ? null : ammunitionFor(s.catalogue, m.value.id);
    if (fired) firing.push({ start: from!, end: m.start });
    const value = fired ?? m.value;
    if (!seen.has(value.id)) groups.push({ item: value, category: value.category, at: m });
    seen.add(value.id);
  }
  if (groups.length === 0 && (pronoun || counted) && antecedent) {
    groups.push({ item: antecedent, category: antecedent.category, at: null });
  }
  if (groups.length === 0 && paidFor && (paidFor.item || paidFor.category)) {
    const item = paidFor.item ? { id: paidFor.item, category: paidFor.category ?? '' } : null;
    groups.push({ item, category: paidFor.category, at: null });
  }
  // Kinds named beside the items ("Archer howitzers and armoured vehicles") are facts of their own.
  // "Cheetah self-propelled anti-aircraft guns": a kind right after an item, in the same noun phrase, describes it.
  const describesItem = (c: Range) =>
    s.items.some(
      (m) =>
        m.end <= c.start &&
        c.start - m.end <= 6 &&
        s.tokens.slice(m.end, c.start).every((t) => t.kind === 'word' || t.text === '-') &&
        !s.tokens
          .slice(m.end, c.start)
          .some((_, k) => words.coordination[s.lang].matchAt(s.tokens, m.end + k)),
    );
  // "100 Luftabwehrraketen vom Typ Starstreak": a kind named by the type after it is that item.
  const typed = (c: Range) => {
    const of = words.typeOf[s.lang].matchAt(s.tokens, c.end);
    return of !== null && s.items.some((m) => m.start === of.end);
  };
  const inItem = (c: Range) =>
    s.items.some((m) => c.start < m.end && m.start < c.end) ||
    describesItem(c) ||
    typed(c) ||
    firing.some((f) => within(c, f));
  for (const c of categories) {
    if (inItem(c) || groups.some((g) => g.category === c.value)) continue;
    const ammunition = firedWith(s, c, clause);
    if (ammunition && seen.has(ammunition.id)) continue;
    if (ammunition) seen.add(ammunition.id);
    groups.push({ item: ammunition, category: ammunition?.category ?? c.value, at: c });
  }
  if (groups.length === 0) groups.push({ item: null, category: null, at: null });
  // One amount for several things is one package: one fact, named by the first system it holds.
  if (money.length === 1 && groups.length > 1) {
    const lead = groups.find((g) => g.item !== null) ?? (groups[0] as (typeof groups)[number]);
    groups.splice(0, groups.length, lead);
  }

  base.cue =
    first.value === LISTED
      ? `commitment/list line: ${wordsOf(s, { start: 0, end: first.end })}`
      : `commitment/${first.value.act}: ${wordsOf(s, first)}`;
  const gapped = gappedPairs(s, clause, first, money);
  if (gapped) {
    const g = groups[0] as (typeof groups)[number];
    return gapped.map(({ party, m }) => {
      const donor = party.value.code;
      return {
        ...base,
        donor,
        item: g.item?.id ?? null,
        category: g.category,
        money: settleCurrency(m, donor),
        money_alt: s.money.filter((a) => a.altOf === s.money.indexOf(m)).map((a) => settleCurrency(a, donor)),
        evidence: charSpan(s, party.start, m.end),
      };
    });
  }
  const named = roles.donor === subject.code ? subject.codes : [roles.donor];
  const donors = receiving ? named : [...new Set([...named, ...coActors(s, clause)])];
  // "German IRIS-T arrives in Ukraine, American NASAMS too": when the giver is told by an adjective
  // of nationality, each item's own adjective tells its giver.
  const byAdjective = s.parties.find((p) => p.start === subject.start)?.value.form === 'demonym';
  const facts = groups.flatMap((g, n) => {
    const fact = factOfGroup(g, n);
    const own = byAdjective && g.at ? s.parties.find((p) => p.end === g.at!.start) : undefined;
    if (own && own.value.form === 'demonym' && !NOT_DONORS.has(own.value.code))
      return [{ ...fact, donor: own.value.code }];
    return donors.map((donor) =>
      donor === fact.donor
        ? fact
        : {
            ...fact,
            donor,
          },
    );
  });
  shareJointCount(s, facts, donors.length, named.length === donors.length);
  shareJointMoney(s, facts, named, donors.length);
  const single = facts.length === donors.length ? facts[0] : undefined;
  if (!single?.quantity || single.quantity.value === null) return facts;
  const after = s.tokens.findIndex((t) => t.start >= single.evidence.end);
  const more = gappedCounts(s, after < 0 ? s.tokens.length : after, new Set(donors)).map((g) => ({
    ...single,
    donor: g.party.value.code,
    quantity: g.quantity,
    evidence: charSpan(s, g.party.start, g.end),
  }));
  return [...facts, ...more];

  /**
   * An item named before the verb and counted after it with a counting noun: "den Mars II, von dem
   * Deutschland je drei Systeme liefern wollte", "the Patriot, of which Germany gives two systems".
   */
  function countedLater(at: Range) {
    if (at.start >= first.start || groups.length > 1) return undefined;
    const named = (k: number) =>
      s.items.some((m) => m.start === k) || s.categories.some((c) => c.start === k);
    const later = quantities.filter((x) => x.start >= at.end && !named(x.head));
    return later.length === 1 ? later[0] : undefined;
  }

  /**
   * "1,100 radars and IRIS-T systems": a count whose head is another item or kind, listed apart
   * from this one, counts that one ("100 Haubitzen M777" still counts the M777).
   */
  function countsThis(head: number, at: Range): boolean {
    if (head === at.start) return true;
    const apart = (m: Range) =>
      m.start === head &&
      s.tokens.slice(m.end, at.start).some((t, k) => words.coordination[s.lang].matchAt(s.tokens, m.end + k));
    return !s.items.some(apart) && !s.categories.some(apart);
  }

  function factOfGroup(g: (typeof groups)[number], n: number): Candidate {
    const fact: Candidate = { ...base, item: g.item?.id ?? null, category: g.category };
    const q = g.at
      ? (quantities.findLast(
          (x) =>
            x.head <= g.at!.start &&
            g.at!.start - x.end <= 5 &&
            x.end <= g.at!.start &&
            countsThis(x.head, g.at!),
        ) ?? countedLater(g.at))
      : null;
    const spoken = !g.at && pronoun ? pronounQuantity(s, first, pronoun) : null;
    fact.quantity =
      q?.quantity ?? spoken?.quantity ?? (g.at ? null : (counted?.quantity ?? paidFor?.quantity)) ?? null;
    const m = n === 0 ? money[0] : undefined;
    if (m) {
      // A bare "dollars" or "crowns" is the donor's own only when one donor is named.
      const owner = donors.length === 1 ? fact.donor : null;
      fact.money = settleCurrency(m, owner);
      fact.money_alt = s.money
        .filter((a) => a.altOf === s.money.indexOf(m))
        .map((a) => settleCurrency(a, owner));
    }
    const last = Math.max(
      ...ends,
      g.at?.end ?? 0,
      q?.end ?? 0,
      spoken?.end ?? 0,
      m ? Math.max(m.end, ...s.money.filter((a) => a.altOf === s.money.indexOf(m)).map((a) => a.end)) : 0,
    );
    fact.evidence = { start: fact.evidence.start, end: charSpan(s, last - 1, last).end };
    return fact;
  }
}

/**
 * "Deutschland und die Niederlande liefern (zusammen) sechs Haubitzen": a count told of donors
 * coordinated as the subject, or said to be shared, is their joint count, split evenly between
 * them when it divides, unless a distributive word gives it to each ("je vier", "each", "chacun").
 */
function shareJointCount(s: Sentence, facts: Candidate[], donors: number, coordinated: boolean): void {
  if (donors < 2) return;
  const each = hasCue(s, 'distributive', { start: 0, end: s.tokens.length });
  for (const fact of facts) {
    const n = fact.quantity?.value;
    if (!fact.quantity || !n || n % donors !== 0) continue;
    const counted = s.quantities.find((x) => x.quantity === fact.quantity);
    if (!counted) continue;
    const jointly = hasCue(s, 'jointly', { start: Math.max(0, counted.start - 2), end: counted.start });
    // Partners named after "gemeinsam mit", "together with" buy beside the subject: the count stays its own.
    if (!jointly && (each || !coordinated)) continue;
    fact.quantity = { ...fact.quantity, value: n / donors };
  }
}

/**
 * "Schweden, Norwegen und Dänemark finanzieren gemeinsam ein Paket von 500 Millionen Dollar",
 * "mit Unterstützung unserer Partner Belgien, Dänemark und Norwegen … 1,4 Milliarden Euro": an
 * amount told of several donors is theirs together, not each one's, unless a distributive word
 * gives it to each ("je 100 Millionen", "each"); partners named beside the subject don't hold it.
 * Each donor keeps the pledge, without the amount, which its own share may tell later.
 */
function shareJointMoney(s: Sentence, facts: Candidate[], named: string[], donors: number): void {
  if (donors < 2 || hasCue(s, 'distributive', { start: 0, end: s.tokens.length })) return;
  for (const fact of facts) {
    if (!fact.money || (named.length === 1 && fact.donor === named[0])) continue;
    fact.money = null;
    fact.money_alt = [];
  }
}

/** What a mention of an item gives: the item, or what it fires ("Raketen für Patriot-Systeme"). */
export function givenItem(s: Sentence, m: Mention<ItemEntry>): ItemEntry {
  const from = firedBy(s, m);
  return (from === null ? null : ammunitionFor(s.catalogue, m.value.id)) ?? m.value;
}

const FOR = new Set(['for', 'pour', 'fur', 'de', 'du', 'des', 'of']);
const ARTICLE_AFTER_FOR = new Set([
  'the',
  'le',
  'la',
  'les',
  "l'",
  'das',
  'die',
  'den',
  'dem',
  'des',
  'its',
  'their',
]);

/** "missiles for the Patriot system", "munitions pour les HIMARS", "Raketen für das IRIS-T": the item is what is fired. */
function firedBy(s: Sentence, m: Range): number | null {
  let k = m.start - 1;
  // "für das Luftverteidigungssystem Patriot", "for Ukraine's Patriot systems": the kind of the
  // system and its owner may stand between "for" and its name.
  const at = (r: Range) => r.start <= k && k < r.end;
  const possessive = () =>
    /^['’s]$/.test(s.tokens[k]?.text ?? '') && s.parties.some((p) => p.end === k || p.end === k - 1);
  for (let n = 0; n < 6 && k > 0; n++) {
    const kind = s.categories.find((c) => at(c) && c.value !== 'missiles' && c.value !== 'munitions');
    const owner = s.parties.find(at);
    if (kind || owner) k = (kind ?? owner)!.start - 1;
    else if (possessive()) k--;
    else break;
  }
  if (ARTICLE_AFTER_FOR.has(s.tokens[k]?.fold ?? '')) k--;
  if (!FOR.has(s.tokens[k]?.fold ?? '')) return null;
  return (
    s.categories.find((c) => c.end === k && (c.value === 'missiles' || c.value === 'munitions'))?.start ??
    null
  );
}

const WITH = new Set(['with', 'mit', 'avec', 'including', 'samt', 'dont']);

/**
 * "eine Patriot-Einheit mit hundert Raketen", "a Patriot battery with 100 missiles": missiles or
 * munitions that come with a system are what it fires.
 */
/**
 * "il a annoncé acheter, avec les Pays-Bas, 14 chars", "gemeinsam mit Polen", "mit Unterstützung
 * unserer Partner Belgien, Dänemark und Norwegen": partners named beside the donor give too.
 */
function coActors(s: Sentence, clause: Range): string[] {
  const out: string[] = [];
  for (let k = clause.start; k < clause.end; k++) {
    const m = words.coActor[s.lang].matchAt(s.tokens, k);
    if (!m) continue;
    const first = s.parties.find((p) => within(p, clause) && p.start >= m.end && p.start - m.end <= 3);
    for (const p of first ? coordinatedWith(s, first) : [])
      if (!NOT_DONORS.has(p.value.code) && p.value.form !== 'city') out.push(p.value.code);
    k = m.end - 1;
  }
  return out;
}

function firedWith(s: Sentence, c: Mention<string>, clause: Range): ItemEntry | null {
  if (c.value !== 'missiles' && c.value !== 'munitions') return null;
  const counted = s.quantities.find((x) => x.head === c.start);
  const before = (counted?.start ?? c.start) - 1;
  if (!WITH.has(s.tokens[before]?.fold ?? '')) return null;
  const system = s.items.filter((m) => within(m, clause) && m.end <= before).pop();
  return system && before - system.end <= 3 ? ammunitionFor(s.catalogue, system.value.id) : null;
}

/** "Ukraine will receive … from Germany", "L'Ukraine obtient … de ses partenaires", "erhält … von Deutschland". */
function giverToSubject(s: Sentence, clause: Range, verb: Range): Subject | null {
  const gives = (p: Mention<PartyEntry>) =>
    within(p, clause) &&
    !NOT_DONORS.has(p.value.code) &&
    (afterSourcePrep(s, p) || afterAgentPrep(s, p) || afterFrenchDe(s, p.start) || ownsStocks(s, p));
  // "as part of a package from Germany, the army would receive …", "soll … aus Beständen der
  // Bundeswehr bekommen": the giver may come first.
  const from =
    s.parties.find((p) => p.start >= verb.end && gives(p)) ??
    s.parties.find((p) => p.start < verb.start && gives(p) && (afterSourcePrep(s, p) || ownsStocks(s, p)));
  return from
    ? { code: from.value.code, codes: givers(s, from), start: verb.start, fromMemory: false }
    : null;
}
/**
 * Things travel to Ukraine ("gehen an die Ukraine", "go to Kyiv"; German puts the participle last:
 * "sind in der Ukraine eingetroffen"), or come from a named party ("Aus Dänemark kommen …").
 */
function travelsToUkraine(s: Sentence, clause: Range, verb: Range): boolean {
  const toUkraine = (p: Mention<PartyEntry>) =>
    p.start >= verb.end || (s.lang === 'de' && (afterRecipientPrep(s, p) || afterPlacePrep(s, p)));
  return s.parties.some(
    (p) =>
      within(p, clause) &&
      ((p.value.code === 'UA' && toUkraine(p)) ||
        (afterSourcePrep(s, p) && !NOT_DONORS.has(p.value.code) && p.value.form !== 'city')),
  );
}

/**
 * Who sends things that travel: the party they come from, the subject, else, for counted things
 * ("Weitere 40 Plattformen …"; `memory` is null otherwise), the donor of the sentence before.
 */
function moverOf(s: Sentence, clause: Range, verb: Range, memory: ArticleMemory | null): Subject | null {
  const from = s.parties.find(
    (p) =>
      within(p, clause) && afterSourcePrep(s, p) && !NOT_DONORS.has(p.value.code) && p.value.form !== 'city',
  );
  if (from) return { code: from.value.code, codes: givers(s, from), start: from.start, fromMemory: false };
  const named = donorOf(s, clause, verb, memory ?? { lastActor: null, lastItem: null, aboutUkraine: true });
  if (named) return named;
  return memory?.lastActor
    ? { code: memory.lastActor, codes: [memory.lastActor], start: null, fromMemory: true }
    : null;
}

/** "aus Beständen der Bundeswehr", "from the stocks of Germany", "des stocks de l'armée française": whose stocks they are. */
function ownsStocks(s: Sentence, p: Mention<PartyEntry>): boolean {
  for (let k = Math.max(0, p.start - 4); k < p.start; k++) {
    const m = s.cue.stock.find((c) => c.start === k);
    if (
      m &&
      s.tokens.slice(m.end, p.start).every((t) => words.article[s.lang].matchAt([t], 0) || OF.has(t.fold))
    )
      return true;
  }
  return false;
}
const OF = new Set(['of', 'de', 'des', 'du', "d'", 'der', 'des']);

const FROM_FR = new Set(['de', 'des', 'du', "d'"]);
const afterFrenchDe = (s: Sentence, at: number) =>
  s.lang === 'fr' &&
  (FROM_FR.has(s.tokens[at - 1]?.fold ?? '') ||
    (['la', "l'", 'le', 'les'].includes(s.tokens[at - 1]?.fold ?? '') &&
      FROM_FR.has(s.tokens[at - 2]?.fold ?? '')));

function receiverOf(s: Sentence, clause: Range, verb: Range, giver: string): string | null {
  // "Die Ukraine soll … aus Beständen der Bundeswehr bekommen": the giver before the verb receives nothing.
  const before = s.parties
    .filter((p) => within(p, clause) && p.start < verb.start && p.value.code !== giver)
    .pop();
  // "Im Gegenzug erhält die Bundeswehr neue Systeme aus den USA": verb-second puts the receiver after the verb.
  const inverted = before ? null : invertedSubject(s, clause, verb);
  return before?.value.code ?? (inverted && inverted.value.code !== giver ? inverted.value.code : 'UA');
}

function inclusionStart(s: Sentence, range: Range): number {
  for (let k = range.start; k < range.end; k++) if (words.inclusion[s.lang].matchAt(s.tokens, k)) return k;
  return range.end;
}

/**
 * "kommen zwei weitere hinzu", "will send two more", "en fourniront deux autres": a count followed
 * by a word of addition (`additional` in grammar.json) and no noun it counts, as a quantity whose
 * head is the word of addition.
 */
function countOfMore(s: Sentence, clause: Range): QuantityMention | undefined {
  for (let k = clause.start + 1; k < clause.end; k++) {
    const more = words.additional[s.lang].matchAt(s.tokens, k);
    if (!more || !nothingCounted(s, more.end)) continue;
    const figure = s.tokens[k - 1]!;
    if (figure.kind === 'number' && /^\d+$/.test(figure.text))
      return {
        start: k - 1,
        end: more.end,
        head: k,
        quantity: { value: Number(figure.text), qualifier: 'exact' },
      };
    for (let j = Math.max(clause.start, k - 3); j < k; j++) {
      const reading = readNumberWords(s.tokens, j, s.lang);
      if (reading?.end === k)
        return { start: j, end: more.end, head: k, quantity: { value: reading.value, qualifier: 'exact' } };
    }
  }
  return undefined;
}

/**
 * "das zugesagte zweite System", "a third battery", "une troisième batterie": an ordinal before a
 * counting noun is one more of the last item named.
 */
function ordinalOfUnit(s: Sentence, clause: Range): QuantityMention | undefined {
  for (let k = clause.start; k < clause.end - 1; k++) {
    const ordinal = words.ordinals[s.lang].matchAt(s.tokens, k);
    const unit = ordinal ? unitIndex[s.lang].matchAt(s.tokens, ordinal.end) : null;
    if (ordinal && unit)
      return { start: k, end: unit.end, head: ordinal.end, quantity: { value: 1, qualifier: 'exact' } };
  }
  return undefined;
}

/** After "zwei weitere": the end, a sign, a preposition, or in German a word in lower case (a verb, not a noun). */
function nothingCounted(s: Sentence, at: number): boolean {
  const t = s.tokens[at];
  if (!t || t.kind === 'sign') return true;
  if (s.lang === 'de' && t.kind === 'word' && /^\p{Ll}/u.test(t.text)) return true;
  return (
    words.recipientPrep[s.lang].matchAt(s.tokens, at) !== null ||
    words.sourcePrep[s.lang].matchAt(s.tokens, at) !== null ||
    words.placePrep[s.lang].matchAt(s.tokens, at) !== null
  );
}

/** Where a pronoun standing for an item sits ("d'en fournir", "provide one of them", "eines davon"), or null. */
function itemPronoun(s: Sentence, clause: Range, verb: Range): Range | null {
  const window = { start: Math.max(clause.start, verb.start - 3), end: Math.min(clause.end, verb.end + 4) };
  for (let k = window.start; k < window.end; k++) {
    const m = words.itemPronoun[s.lang].matchAt(s.tokens, k);
    if (!m) continue;
    if (s.lang === 'fr' && (k >= verb.start || /ant$/.test(s.tokens[verb.start]?.fold ?? ''))) continue;
    if (s.lang === 'en' && k < verb.end) continue;
    // "ein weiteres Waffenpaket": before a noun (capitalised in German) it is a determiner.
    if (s.lang === 'de' && /^\p{Lu}/u.test(s.tokens[m.end]?.text ?? '')) continue;
    return { start: m.start, end: m.end };
  }
  return null;
}

/** "d'en fournir un", "to provide one", "two of them", "eines davon": the number next to the verb or the pronoun. */
function pronounQuantity(s: Sentence, verb: Range, pronoun: Range) {
  for (const at of [verb.end, pronoun.start, pronoun.start - 1]) {
    const t = s.tokens[at];
    if (!t) continue;
    const digits = t.kind === 'number' && /^\d+$/.test(t.text) ? Number(t.text) : null;
    const value = digits ?? readNumberWords(s.tokens, at, s.lang, true)?.value ?? null;
    if (value !== null)
      return { quantity: { value, qualifier: 'exact' as const }, end: Math.max(at + 1, verb.end) };
  }
  return null;
}

interface Subject {
  code: string;
  /** The parties listed with the subject ("A, B and C announced"), the subject included. */
  codes: string[];
  start: number | null;
  fromMemory: boolean;
}

function givers(s: Sentence, p: Mention<PartyEntry>): string[] {
  const listed = coordinatedWith(s, p)
    .filter((x) => !newGiverBetween(s, x, p) && !NOT_DONORS.has(x.value.code) && x.value.form !== 'city')
    .map((x) => x.value.code);
  // "in Ramstein, the German ministry": a place before the subject is no co-donor, and never hides it.
  return listed.includes(p.value.code) ? listed : [...listed, p.value.code];
}

/**
 * "Deutschland liefert Patriot-Systeme, die von den USA hergestellt wurden", "…, which were made
 * by …", "…, qui ont été fabriqués par …": an agent inside a relative clause or an aside after the
 * verb is the agent of that clause's own verb, not of this one.
 */
function relativeBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (s.tokens[k]!.text === ',' && words.parenthetical[s.lang].matchAt(s.tokens, k + 1)) return true;
  return false;
}

/** "Zwei finanziert Deutschland, Norwegen zahlt für ein weiteres": a clause a new giver opens (`rules/new-giver.ts`) ends a list. */
function newGiverBetween(s: Sentence, a: Range, b: Range): boolean {
  const [from, to] = a.start < b.start ? [a.start, b.start] : [b.start, a.start];
  return s.clauses.some((c) => c > from && c <= to && JOINS.has(s.tokens[c]!.fold));
}
const JOINS = new Set([',', 'und', 'and', 'et']);

function donorOf(s: Sentence, clause: Range, verb: Range, memory: ArticleMemory): Subject | null {
  const agent = s.parties.find(
    (p) =>
      p.start >= verb.end &&
      within(p, clause) &&
      afterAgentPrep(s, p) &&
      !NOT_DONORS.has(p.value.code) &&
      !relativeBetween(s, verb.end, p.start),
  );
  const named = (p: Mention<PartyEntry>, start: number): Subject => ({
    code: p.value.code,
    codes: givers(s, p),
    start,
    fromMemory: false,
  });
  if (agent) return named(agent, verb.start);
  const passiveAgent = passiveAgentBefore(s, clause, verb);
  if (passiveAgent) return named(passiveAgent, verb.start);
  // "Die Bundesregierung will die tschechische Initiative … unterstützen": an adjective of
  // nationality before a noun describes it; a named party before it is the subject.
  const before = (range: Range) => {
    const aside = asides(s, verb.start);
    const found = s.parties.filter(
      (p) =>
        within(p, range) &&
        p.start < verb.start &&
        canGive(s, p) &&
        !ownsAidNoun(s, p) &&
        !gatheredInSetting(s, p) &&
        !aside.some((a) => within(p, a)),
    );
    const last = found.at(-1);
    if (last?.value.form !== 'demonym' || !describesNoun(s, last)) return last;
    return found.filter((p) => p.value.form !== 'demonym').at(-1) ?? last;
  };
  // Partners named after "avec", "gemeinsam mit" give beside the subject; they are not the subject.
  const partners = new Set(coActors(s, clause));
  const inClause = before(clause);
  const pronoun = hasSubjectPronoun(s, { start: clause.start, end: verb.start });
  const partnerOnly = inClause && partners.has(inClause.value.code) && pronoun && memory.lastActor;
  // "Gemeinsam mit Belgien kauft Frankreich …": with only partners before the verb, the subject
  // follows it; "Diese werden gemeinsam mit Polen geschnürt": else the giver is the one whose
  // pledge the sentence before told.
  if (inClause && partners.has(inClause.value.code) && !pronoun) {
    const other = participialAgent(s, clause, verb) ?? invertedSubject(s, clause, verb);
    if (other) return named(other, verb.start);
    const carried = memory.previousDonor;
    if (carried) return { code: carried, codes: [carried], start: null, fromMemory: true };
  }
  if (inClause && !partnerOnly) return named(inClause, inClause.start);
  const leader = participialAgent(s, clause, verb);
  if (leader) return named(leader, leader.start);
  const inverted = invertedSubject(s, clause, verb);
  if (inverted) return named(inverted, verb.start);
  const owner = genitiveGiver(s, clause, verb) ?? nounSource(s, clause, verb);
  if (owner) return named(owner, verb.start);
  // "dass man zusammen Waffen … geschickt habe", "we together have sent": an impersonal or
  // collective pronoun said to act jointly is the coalition the sentence names.
  const together = jointPronoun(s, { start: clause.start, end: verb.start });
  const coalition = together ? s.parties.find((p) => COALITIONS.has(p.value.code)) : undefined;
  if (coalition)
    return { code: coalition.value.code, codes: [coalition.value.code], start: null, fromMemory: false };
  // "…, et elle a annoncé …", "…, and it will send …": a pronoun opening a clause stands for the
  // giver of the clause before in the same sentence.
  const earlier = before({ start: 0, end: clause.start });
  const opensWithPronoun = pronoun && hasSubjectPronoun(s, { start: clause.start, end: clause.start + 2 });
  if (
    earlier &&
    (!pronoun || opensWithPronoun) &&
    !hasCue(s, 'speech', { start: earlier.end, end: clause.start })
  ) {
    return named(earlier, earlier.start);
  }
  if (pronoun && memory.lastActor)
    return { code: memory.lastActor, codes: [memory.lastActor], start: null, fromMemory: true };
  // "Zusätzlich kommt ein 500-Millionen-Dollar-Paket hinzu", "Insgesamt sollen 180.000 Schuss
  // beigesteuert werden": a clause that names no giver at all goes on with the pledge just told.
  const carried = memory.previousDonor;
  const told = { start: 0, end: s.tokens.length };
  if (carried && !s.parties.some((p) => canGive(s, p)) && !hasCue(s, 'contents', told))
    return { code: carried, codes: [carried], start: null, fromMemory: true };
  return null;
}

/**
 * "Zwei Systeme werden von Deutschland an die Ukraine geliefert", "… sollen aus Deutschland
 * geliefert werden": a passive whose participle comes last has its agent ("von", "durch") or,
 * failing one, its source ("aus") before the verb.
 */
function passiveAgentBefore(s: Sentence, clause: Range, verb: Range): Mention<PartyEntry> | null {
  let passive = false;
  for (let k = clause.start; k < clause.end && !passive; k++)
    passive = words.passiveAux[s.lang].matchAt(s.tokens, k) !== null;
  if (!passive) return null;
  const before = s.parties.filter(
    (p) =>
      within(p, clause) && p.start < verb.start && !NOT_DONORS.has(p.value.code) && p.value.form !== 'city',
  );
  const agent = before.find((p) => afterAgentPrep(s, p));
  // What is bought comes from its seller ("Waffen aus US-Beständen sollen gekauft werden").
  const act = s.triggers.find((t) => t.start === verb.start)?.value.act;
  return (
    agent ??
    (act === 'deliver' || act === 'donate'
      ? before.find((p) => afterSourcePrep(s, p) || ownsStocks(s, p))
      : null) ??
    null
  );
}

/**
 * Asides between commas before the verb: "L'Australie et la Nouvelle-Zélande, bien qu'étant des
 * alliés non membres de l'Otan, soutiendront …", "Norway, which joined later, will pay …". Their
 * parties are not the subject.
 */
function asides(s: Sentence, end: number): Range[] {
  const out: Range[] = [];
  for (let k = 0; k < end; k++) {
    if (s.tokens[k]?.text !== ',' || !words.parenthetical[s.lang].matchAt(s.tokens, k + 1)) continue;
    const close = s.tokens.findIndex((t, j) => j > k && j < end && t.text === ',');
    if (close > k) out.push({ start: k + 1, end: close });
  }
  return out;
}

/** A demonym followed by a word that is not a party, a verb of giving or a punctuation mark is an adjective. */
function describesNoun(s: Sentence, p: Mention<PartyEntry>): boolean {
  const next = s.tokens[p.end];
  if (!next || (next.kind !== 'word' && !/^[»«"„“]$/.test(next.text))) return false;
  return !s.triggers.some((t) => t.start === p.end) && !s.parties.some((x) => x.start === p.end);
}

const PARTICIPLE = { fr: /(e|ee|es|ees)$/, en: /(ed|led|run)$/, de: /(te|ten|tes|ter|tem)$/ };

/**
 * The agent of a participle before the verb: "Die von Tschechien angeführte Initiative soll …
 * beschaffen", "l'initiative menée par la Tchéquie achètera", "the coalition led by Latvia will buy".
 */
function participialAgent(s: Sentence, clause: Range, verb: Range): Mention<PartyEntry> | null {
  const found = s.parties.find((p) => {
    if (!within(p, clause) || p.start >= verb.start || NOT_DONORS.has(p.value.code)) return false;
    if (p.value.form === 'city' || !afterAgentPrep(s, p)) return false;
    if (s.lang === 'de') return PARTICIPLE.de.test(s.tokens[p.end]?.fold ?? '');
    let k = p.start - 1;
    if (words.article[s.lang].matchAt(s.tokens, k)) k--;
    return PARTICIPLE[s.lang].test(s.tokens[k - 1]?.fold ?? '');
  });
  return found ?? null;
}

const GENITIVE = new Set(['der', 'des', 'of', 'de', 'du', 'des']);
/** What may stand between a noun of giving and the party whose gift it is ("don du Danemark", "package from Germany"). */
const OF_GIVER = new Set([...GENITIVE, "d'", 'la', "l'", 'les', 'the', 'from', 'von', 'aus', 'den']);

/**
 * "le plus important don du Danemark", "a $1.4 billion package from Germany", "die Lieferung
 * Deutschlands": a party right after a noun of giving is the giver, when no subject names one.
 */
function genitiveGiver(
  s: Sentence,
  clause: Range,
  verb: Range & { value?: TriggerEntry },
): Mention<PartyEntry> | null {
  const act = verb.value?.act;
  if (!act || act === 'buy' || act === 'sell' || act === 'receive') return null;
  let k = verb.end;
  while (k < clause.end && k - verb.end < 6 && OF_GIVER.has(s.tokens[k]?.fold ?? '')) k++;
  if (s.lang !== 'de' && k === verb.end) return null;
  const p = s.parties.find((x) => x.start === k);
  return p && !NOT_DONORS.has(p.value.code) && p.value.form !== 'city' && p.value.form !== 'demonym'
    ? p
    : null;
}

/**
 * "Die Lieferung von vier Leopard-Panzern aus Dänemark ist für Mai geplant": a German noun of
 * giving (written with a capital) with no subject has its giver where the things come from.
 */
function nounSource(
  s: Sentence,
  clause: Range,
  verb: Range & { value?: TriggerEntry },
): Mention<PartyEntry> | null {
  const act = verb.value?.act;
  if (s.lang !== 'de' || !act || act === 'buy' || act === 'sell' || act === 'receive') return null;
  if (!/^\p{Lu}/u.test(s.tokens[verb.start]?.text ?? '')) return null;
  const p = s.parties.find(
    (x) =>
      within(x, clause) &&
      x.start >= verb.end &&
      afterSourcePrep(s, x) &&
      !NOT_DONORS.has(x.value.code) &&
      x.value.form !== 'city' &&
      x.value.form !== 'demonym',
  );
  return p ?? null;
}

/**
 * "Bei der Sitzung der Ukraine-Kontaktgruppe sagte Pistorius … zu", "At the meeting of NATO
 * ministers, Germany pledged …": who meets at a meeting told as the setting of the sentence, or
 * the group the meeting is named by, doesn't give.
 */
const GATHERED_BY = new Set(['der', 'des', 'of', 'the', 'de', 'du', 'la', "l'", 'les']);
function gatheredInSetting(s: Sentence, p: Mention<PartyEntry>): boolean {
  return s.meetings.some(
    (m) =>
      ((p.start < m.end && m.start < p.end) ||
        (p.start >= m.end &&
          p.start - m.end <= 2 &&
          s.tokens.slice(m.end, p.start).every((t) => GATHERED_BY.has(t.fold)))) &&
      settingBefore(s, m.start),
  );
}

/** "ein Waffenpaket der westlichen Partner", "a package of the allies": the party owns the aid, it doesn't act. */
function ownsAidNoun(s: Sentence, p: Mention<PartyEntry>): boolean {
  let k = p.start - 1;
  if (s.tokens[k]?.fold === 'the' || s.tokens[k]?.fold === 'la' || s.tokens[k]?.fold === "l'") k--;
  if (!GENITIVE.has(s.tokens[k]?.fold ?? '')) return false;
  return hasCue(s, 'aidNouns', { start: Math.max(0, k - 2), end: k });
}

/**
 * Verb-second order: after a fronted adverbial the German finite verb comes before its subject
 * ("Zusätzlich liefert Deutschland …", "In diesem Jahr stellt Berlin … bereit"), and so does the
 * auxiliary after a fronted participle ("Ebenfalls zugesagt hat Schweden …"). The party right
 * after the verb (an article may stand between) is the subject when nothing before the verb is.
 */
function invertedSubject(s: Sentence, clause: Range, verb: Range): Mention<PartyEntry> | null {
  if (s.lang !== 'de') return null;
  let k = verb.end;
  // "(Ebenfalls) zugesagt hat Schweden …": a fronted participle, then the finite auxiliary.
  const aux = words.finiteAux[s.lang].matchAt(s.tokens, k);
  if (aux) k = aux.end;
  else if (verb.start === clause.start) return null;
  const article = words.article[s.lang].matchAt(s.tokens, k);
  if (article) k = article.end;
  // "sagte Verteidigungsminister Boris Pistorius …": a title may stand before a name, with no article.
  const named = (at: number) => s.parties.find((x) => x.start === at);
  for (let n = 0; n < 2 && !named(k) && isTitle(s, k); n++) k++;
  const p = named(k);
  // "kaufen US-Waffen": a party that opens a compound only describes its noun.
  const modifier =
    p && /^[-‑]$/.test(s.tokens[p.end]?.text ?? '') && s.tokens[p.end]!.end === s.tokens[p.end + 1]?.start;
  return p && !modifier && canGive(s, p) && within(p, clause) ? p : null;
}

/** A capitalised noun that is neither a party, an item nor a kind: a title before a name. */
function isTitle(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  const at = (m: Range) => m.start <= k && k < m.end;
  return !s.items.some(at) && !s.categories.some(at) && !s.triggers.some(at);
}

const COALITIONS = new Set(partyData.coalitions);

/** A subject pronoun right before a word of acting jointly ("man zusammen", "we together", "on ensemble"). */
function jointPronoun(s: Sentence, range: Range): boolean {
  for (let k = range.start; k < range.end; k++) {
    const p = words.subjectPronoun[s.lang].matchAt(s.tokens, k);
    if (p && cues.jointly[s.lang].matchAt(s.tokens, p.end)) return true;
  }
  return false;
}

function hasSubjectPronoun(s: Sentence, range: Range): boolean {
  for (let k = range.start; k < range.end; k++)
    if (words.subjectPronoun[s.lang].matchAt(s.tokens, k)) return true;
  return false;
}

interface Roles {
  donor: string;
  recipient: string | null;
  supplier: string | null;
  mode: Mode | null;
  lastEnd: number;
}

function rolesOf(s: Sentence, clause: Range, verb: Range, acts: ReadonlySet<Act>, subject: Subject): Roles {
  const later = s.parties.filter(
    (p) => within(p, clause) && p.start >= verb.end && !relativeBetween(s, verb.end, p.start),
  );
  // German puts the verb last: "… an europäische Partner verkauft werden".
  const to =
    later.find(
      (p) =>
        (afterRecipientPrep(s, p) && !(p.value.form === 'demonym' && describesNoun(s, p))) ||
        (p.value.code === 'UA' && p.value.form !== 'demonym'),
    ) ??
    (s.lang === 'de'
      ? s.parties.find((p) => within(p, clause) && p.start < verb.start && afterRecipientPrep(s, p))
      : undefined);
  const from = later.find((p) => afterSourcePrep(s, p) && p.value.code !== subject.code);
  const origin = originOf(s, clause, subject.code);
  const lastEnd = Math.max(to?.end ?? 0, from?.end ?? 0);
  if (acts.has('sell') && !acts.has('buy') && to && to.value.code !== 'UA') {
    return {
      donor: to.value.code,
      recipient: null,
      supplier: subject.code,
      mode: 'funded_purchase',
      lastEnd,
    };
  }
  const supplier = acts.has('buy') && from ? from.value.code : origin;
  return { donor: subject.code, recipient: to?.value.code ?? null, supplier, mode: null, lastEnd };
}

/** "armes américaines", "American weapons", "US-Waffen": who makes what the donor pays for. */
function originOf(s: Sentence, clause: Range, donor: string): string | null {
  for (const p of s.parties) {
    if (
      !within(p, clause) ||
      p.value.code === donor ||
      NOT_DONORS.has(p.value.code) ||
      p.value.code === 'EUROPE'
    )
      continue;
    if (p.value.form !== 'demonym' && !(p.value.form === 'name' && s.tokens[p.end]?.text === '-')) continue;
    const next = { start: p.end, end: p.end + 2 };
    const prev = { start: Math.max(clause.start, p.start - 2), end: p.start };
    const things = (r: Range) => hasCue(s, 'aidNouns', r) || s.items.some((i) => within(i, r));
    if (things(prev) || things(next)) return p.value.code;
  }
  return null;
}

function modeOf(
  s: Sentence,
  clause: Range,
  acts: ReadonlySet<Act>,
  donor: string,
  supplier: string | null,
): Mode | null {
  const sentence = { start: 0, end: s.tokens.length };
  if (hasCue(s, 'pooled', sentence) || s.parties.some((p) => p.value.code === 'PURL')) return 'pooled';
  if (acts.has('buy') || acts.has('pay') || (supplier !== null && supplier !== donor))
    return 'funded_purchase';
  if (acts.has('sell')) return 'sale';
  if (acts.has('order') || hasCue(s, 'industry', clause)) return 'industry';
  if (hasCue(s, 'financial', clause)) return 'financial';
  if (acts.has('donate') || hasCue(s, 'stock', sentence)) return 'donation';
  return null;
}

/** A state's code (ISO 3166-1 alpha-2), not an organisation, a fund or a group. */
const isState = (code: string) => /^[A-Z]{2}$/.test(code) && code !== 'EU';

function confidence(fromMemory: boolean, weak: boolean, specific: boolean): number {
  let c = 0.6;
  if (!fromMemory) c += 0.15;
  if (!weak) c += 0.1;
  if (specific) c += 0.1;
  return Math.round(c * 100) / 100;
}
