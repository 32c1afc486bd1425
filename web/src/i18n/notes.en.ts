/** English wording of the reports' counting rules and notes, by the ids the API gives. */
export const notesEn = {
  'rule.aid-only':
    'Aid only: sales and replenishments (a donor refilling its own stocks, or a donor giving to itself) are not counted.',
  'rule.pooled-to-funders':
    'Pooled money is attributed to its funders once: a package is never a donor; a funder share linked to a commitment is counted through that commitment only, an unlinked share is counted for its funder.',
  'rule.co-donors-once':
    'Co-donors are listed, but the money of a commitment is counted once, for its lead donor.',
  'rule.value-date-rate':
    'Each amount is converted at its value date (the last ECB rate published on or before it, crossed through the euro on one publication day) and rounded once to the cent, half to even.',
  'rule.catalogue-estimate':
    'In-kind items without money are valued at the catalogue’s indicative unit value × quantity and marked as estimated; items with neither are counted as unvalued.',
  'rule.vague-counted': 'Vague amounts (“billions”) are counted, never summed.',
  'rule.delivered-share':
    'Delivered value is the commitment’s value × its delivered share (delivered ÷ committed quantity, averaged over its lines), or its full value once it is delivered.',
  'rule.pipeline-stages':
    'The committed total is split by pipeline stage and the stages add up to it: the delivered stage is the delivered value (partial deliveries included), every other stage the value not yet delivered of the commitments at that status.',
  'rule.valuation-basis':
    'Every value is on the chosen valuation basis (record, catalogue, Kiel or declared): a commitment valued otherwise on that basis moves the committed, estimated and delivered values, the shares, % of GDP and per capita by the difference.',
  'rule.valuation-range':
    'Where a committed value includes estimates, it is also given on every valuation basis (record, catalogue, Kiel, declared), as a range.',
  'rule.reconcile-ledger':
    'Ramstein: commitments announced on or before the edition’s cut-off, as far as you may see them, in euros at the ECB rate of each value date; delivered as recorded.',
  'rule.reconcile-edition':
    'Edition: the publisher’s commitments (military where published, otherwise the total) and allocations; in-kind aid at the publisher’s price list.',
  'rule.reconcile-differences':
    'Differences: Ramstein committed − edition commitments; Ramstein delivered − edition military allocations.',
  'rule.coverage-buckets':
    'Pledged: announced or committed; contracted: contracted or delivering (less what has arrived); delivered: the delivered quantities.',
  'rule.coverage-money':
    'Cancelled commitments cover nothing; money is counted only when a whole commitment answers one requirement, in its own currency.',
  'rule.coverage-unquantified':
    'A link without a quantity uses the quantity of the matching lines; “unquantified” links cover something that is not counted.',
  'note.per-capita': 'Per capita: committed value ÷ population in {years} (World Bank).',
  'note.per-capita-none': 'No population figures are loaded: no per capita values.',
  'note.gdp-2021': '% of GDP uses 2021 GDP (World Bank, current USD) for every year, as public trackers do.',
  'note.gdp-same-year': '% of GDP uses the GDP of each commitment’s year (World Bank, current USD).',
  'note.gdp-fallback':
    'GDP of some commitment years is not available; the latest year available is used for {parties}.',
  'note.no-gdp': 'No GDP figure for {parties}: no % of GDP.',
  'note.no-population': 'No population figure for {parties}: no per capita value.',
  'note.estimated.one': '{count} commitment is valued from catalogue unit values (estimated).',
  'note.estimated.other': '{count} commitments are valued from catalogue unit values (estimated).',
  'note.vague.one': '{count} commitment with a vague amount is counted, not summed.',
  'note.vague.other': '{count} commitments with a vague amount are counted, not summed.',
  'note.unvalued.one': '{count} commitment has neither money nor a catalogue value: unvalued.',
  'note.unvalued.other': '{count} commitments have neither money nor a catalogue value: unvalued.',
  'note.kiel-fallback':
    'No Kiel release with heavy weapons published by {date} is imported: the Kiel basis shows the recorded values.',
  'note.pipeline-unvalued.one':
    '{count} commitment has no recorded amount (in kind, or vague): counted, not valued.',
  'note.pipeline-unvalued.other':
    '{count} commitments have no recorded amount (in kind, or vague): counted, not valued.',
  'note.claims-undated.one': '{count} claim has no as-of date and is never compared.',
  'note.claims-undated.other': '{count} claims have no as-of date and are never compared.',
  'note.claims-unconverted.one':
    '{count} amount could not be converted to euros: it is compared only with claims in its own currency.',
  'note.claims-unconverted.other':
    '{count} amounts could not be converted to euros: they are compared only with claims in their own currency.',
  'note.edition-no-allocation': 'Edition {edition} dates no military allocation in {year}.',
  'note.edition-cut-off':
    'Edition {edition} covers allocations up to its cut-off, {date}: later ones in {year} are not in it.',
  'note.edition-undated.one': '{count} military allocation of edition {edition} has no date and is left out.',
  'note.edition-undated.other':
    '{count} military allocations of edition {edition} have no date and are left out.',
  'note.gdp-earlier-year': 'GDP of an earlier year for {party_years}.',
  'note.no-gdp-benchmark': 'No GDP figure for {parties}: no benchmark and no rank.',
  'note.no-usd-rate': 'No ECB US dollar rate in {year}: the ask cannot be converted to euros.',
  'note.targets-core-only':
    'The 5 % line is compared with core defence expenditure alone: the 1.5 % of defence- and security-related spending it also counts is not in NATO’s defence expenditure table, so the gap to 5 % is at most what is shown.',
  'note.targets-deadlines':
    'The 2 % line was to be reached within a decade of 2014; the 3.5 % and 5 % lines by {year}.',
  'note.targets-no-primary': 'No primary figures for {year}.',
  'note.targets-other-editions': 'Other editions for {year} are left out: {editions}.',
  'note.targets-estimates.one': '{count} ally figure for {year} is a NATO estimate.',
  'note.targets-estimates.other': '{count} ally figures for {year} are NATO estimates.',
  'note.targets-secondary':
    'Secondary figures are press reports of a NATO edition not loaded here; they are flagged and counted apart.',
  'note.source': 'Source: {attribution}.',
  'note.rates': 'Exchange rates: ECB reference rates, the latest used of {date}.',
  'note.rates-none': 'Exchange rates: no ECB rate was needed.',
  'note.all-converted': 'Every amount was converted to {currency}.',
  'note.unconverted.one':
    '{count} amount could not be converted to {currency} and is not in the totals: {records}.',
  'note.unconverted.other':
    '{count} amounts could not be converted to {currency} and are not in the totals: {records}.',
} as const;
