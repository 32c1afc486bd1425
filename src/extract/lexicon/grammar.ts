/** The closed word classes of data/extract/grammar.json as phrase indexes. */
import grammar from '../../../data/extract/grammar.json' with { type: 'json' };
import { cueIndex } from './cues.ts';

export const words = {
  recipientPrep: cueIndex(grammar.recipient_prepositions),
  placePrep: cueIndex(grammar.place_prepositions),
  agentPrep: cueIndex(grammar.agent_prepositions),
  passiveAux: cueIndex(grammar.passive_auxiliaries),
  sourcePrep: cueIndex(grammar.source_prepositions),
  part: cueIndex(grammar.part_markers),
  inclusion: cueIndex(grammar.inclusion),
  itemPronoun: cueIndex(grammar.item_pronouns),
  subjectPronoun: cueIndex(grammar.subject_pronouns),
  coordination: cueIndex(grammar.coordination),
  coActor: cueIndex(grammar.co_actor_prepositions),
  parenthetical: cueIndex(grammar.parenthetical_openers),
  article: cueIndex(grammar.articles),
  othersOfGroup: cueIndex(grammar.others_of_group),
  originNouns: cueIndex(grammar.origin_nouns),
  demonstrative: cueIndex(grammar.demonstratives),
  determiner: cueIndex(grammar.determiners),
  dativeArticle: cueIndex(grammar.dative_articles),
  finiteAux: cueIndex(grammar.finite_auxiliaries),
  additive: cueIndex(grammar.additive),
  additional: cueIndex(grammar.additional),
  reportSource: cueIndex(grammar.report_sources),
  governmentNouns: cueIndex(grammar.government_nouns),
  ordinals: cueIndex(grammar.ordinals),
  typeOf: cueIndex(grammar.type_of),
  collectiveCounts: cueIndex(grammar.collective_counts),
  systemsAgain: cueIndex(grammar.systems_again),
};
