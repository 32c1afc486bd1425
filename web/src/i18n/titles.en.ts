/**
 * English words for human titles and the search page; units, categories and short meeting names
 * are in data/i18n/briefing.en.json, shared with the printed briefing packs.
 */
export const titlesEn = {
  'title.moreLines.one': '{first} and {count} more',
  'title.moreLines.other': '{first} and {count} more',
  'title.noItems': 'aid',
  'search.title': 'Search',
  'search.titleFor': 'Search: {q}',
  'search.label': 'Search the ledger',
  'search.placeholder': 'Search…',
  'search.hint': 'Type at least two characters: a country, a system, a meeting place, a record id.',
  'search.none': 'Nothing you may see matches “{q}”.',
  'search.commitments': 'Commitments',
  'search.parties': 'Donors and parties',
  'search.partyCommitments.one': '{count} commitment as donor',
  'search.partyCommitments.other': '{count} commitments as donor',
  'search.equipment': 'Equipment',
  'search.meetings': 'Meetings',
} as const;
