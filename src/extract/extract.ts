/**
 * The extractor: article text in, facts out (DESIGN §6.1). Pure: no file, clock or network.
 * Offsets in the facts are JavaScript string offsets into `text` as given (for HTML, into the
 * HTML source; for Markdown, into the Markdown source).
 */
import { demoCatalogue } from './lexicon/catalogue.ts';
import { detectLanguage } from './language.ts';
import { mergeMentions } from './merge.ts';
import { parseIso } from './recognise/calendar.ts';
import type { ArticleMemory, Candidate } from './rules/candidate.ts';
import { findCommitments } from './rules/commitment.ts';
import { findDeadlines } from './rules/deadline.ts';
import { findMeetings } from './rules/meeting.ts';
import { nameThePackage, systemsMeant } from './rules/contents.ts';
import { sameMeetingAgain } from './rules/meeting-again.ts';
import { readSentence, type Sentence } from './rules/sentence.ts';
import { NOT_DONORS, canGive } from './rules/roles.ts';
import { findTargets } from './rules/target.ts';
import { findTotals, sumsOfParts } from './rules/total.ts';
import { splitAtNewGivers } from './rules/new-giver.ts';
import { groupsToMembers } from './rules/members.ts';
import { stripHtml, type PlainText } from './text/html.ts';
import { blankMarkdown } from './text/markdown.ts';
import { splitSentences } from './text/sentences.ts';
import type { ExtractOptions, Fact, Lang, Span } from './types.ts';

export interface Article {
  /** The text the rules read (tags stripped for HTML, markup blanked for Markdown). */
  plain: string;
  lang: Lang;
  /** Maps a span of `plain` to the source text; identity unless HTML. */
  toSource: (span: Span) => Span;
}

export function readArticle(text: string, options: ExtractOptions = {}): Article {
  const format = options.format && options.format !== 'auto' ? options.format : sniffFormat(text);
  let plain = text;
  let map: PlainText | null = null;
  if (format === 'html') {
    map = stripHtml(text);
    plain = map.text;
  } else if (format === 'markdown') plain = blankMarkdown(text);
  const lang = options.lang && options.lang !== 'auto' ? options.lang : detectLanguage(plain);
  const toSource = (span: Span): Span => {
    if (!map || map.starts.length === 0) return span;
    const last = map.starts.length - 1;
    return {
      start: map.starts[Math.min(span.start, last)] as number,
      end: map.ends[Math.min(Math.max(span.end - 1, 0), last)] as number,
    };
  };
  return { plain, lang, toSource };
}

function sniffFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, 2000).toLowerCase();
  return /^\s*<(!doctype|html|head|body|p|div|article)\b/.test(head) || /<\/(p|div|h[1-6])>/.test(head)
    ? 'html'
    : 'text';
}

/** How many sentences back a package named again ("Das Paket umfasst …") may reach. */
const RECENT_SENTENCES = 8;

export function extract(text: string, options: ExtractOptions = {}): Fact[] {
  const article = readArticle(text, options);
  const published = options.published ? parseIso(options.published) : null;
  const catalogue = options.catalogue ?? demoCatalogue;
  const memory: ArticleMemory = {
    lastActor: null,
    lastItem: null,
    aboutUkraine: /ukrain|kyiv|kiev|kiew|zelensk|selensk/i.test(article.plain),
  };
  const candidates: Candidate[] = [];
  let previous: Candidate[] = [];
  let previousSentence: Sentence | null = null;
  // The pledges of the last sentences, which a package named again may name the contents of.
  const recent: Candidate[][] = [];
  for (const span of splitSentences(article.plain, article.lang)) {
    const s = readSentence(article.plain, span, article.lang, published, catalogue);
    splitAtNewGivers(s);
    const commitments = findCommitments(s, memory);
    if (commitments.length === 0) nameThePackage(s, previous, flatten(recent));
    systemsMeant(s, previousSentence, previous);
    previous = commitments;
    previousSentence = s;
    recent.push(commitments);
    if (recent.length > RECENT_SENTENCES) recent.shift();
    candidates.push(
      ...findTotals(s, memory),
      ...commitments,
      ...findMeetings(s),
      ...findTargets(s),
      ...findDeadlines(s),
    );
    remember(s, memory, commitments[0]?.donor ?? null);
    memory.previousDonor = commitments[0]?.donor ?? null;
    memory.previousPledge = commitments[0] ?? null;
  }
  groupsToMembers(candidates);
  sumsOfParts(candidates);
  return mergeMentions(options.doc ?? '', sameMeetingAgain(candidates)).map((f) => ({
    ...f,
    evidence: article.toSource(f.evidence),
    mentions: f.mentions.map(article.toSource),
  }));
}

/** The pledges of the last sentences in one list, in order (as `flat()`, which is slow on small arrays). */
function flatten(lists: Candidate[][]): Candidate[] {
  const out: Candidate[] = [];
  for (const list of lists) for (const c of list) out.push(c);
  return out;
}

/**
 * What later sentences may refer back to: the donor of the sentence's pledge, else its last acting
 * party; its last item. Who a meeting gathers ("vor einem Treffen der Nato-Minister") does not act.
 */
function remember(s: Sentence, memory: ArticleMemory, donor: string | null): void {
  if (donor) memory.lastActor = donor;
  else {
    const actor = lastActor(s);
    if (actor) memory.lastActor = actor.value.code;
  }
  const item = s.items.at(-1);
  if (item) memory.lastItem = item.value;
}

/** The last party of the sentence that may give and is not gathered by a meeting. */
function lastActor(s: Sentence): Sentence['parties'][number] | undefined {
  for (let n = s.parties.length - 1; n >= 0; n--) {
    const p = s.parties[n]!;
    if (!NOT_DONORS.has(p.value.code) && canGive(s, p) && !gathered(s, p)) return p;
  }
  return undefined;
}

const gathered = (s: Sentence, p: { start: number }) =>
  s.meetings.some((m) => p.start >= m.end && p.start - m.end <= 2);
