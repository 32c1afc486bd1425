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
  'note.rates': 'Exchange rates: ECB reference rates, the latest used of {date}.',
  'note.rates-none': 'Exchange rates: no ECB rate was needed.',
  'note.all-converted': 'Every amount was converted to {currency}.',
  'note.unconverted.one':
    '{count} amount could not be converted to {currency} and is not in the totals: {records}.',
  'note.unconverted.other':
    '{count} amounts could not be converted to {currency} and are not in the totals: {records}.',
} as const;
