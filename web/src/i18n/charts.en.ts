/** English text of the chart pages: value over time. */
export const chartsEn = {
  'nav.valueOverTime': 'Over time',
  'footer.dataAsOf': 'Data as of {date}',
  'footer.ratesOf': 'ECB exchange rates of {date}',
  'value.title': 'Aid value over time',
  'value.intro':
    'Committed value in the month each commitment was announced, delivered value in the month each delivery happened, converted at each value date.',
  'value.currency': 'Currency',
  'value.split': 'Show',
  'value.split.mode': 'By channel',
  'value.split.measure': 'Committed and delivered',
  'value.measure': 'Measure',
  'value.measure.committed': 'Committed',
  'value.measure.delivered': 'Delivered',
  'value.scale': 'Scale',
  'value.scale.monthly': 'Per month',
  'value.scale.cumulative': 'Cumulative',
  'value.donor': 'Donor',
  'value.allDonors': 'All donors',
  'value.chartLabel': 'Aid value per month: {what}, {scale}, in {currency}',
  'value.month': 'Month',
  'value.total': 'Total',
  'value.totals': 'Committed {committed}, delivered {delivered} in all.',
  'value.csv': 'Download the figures (CSV)',
  'value.permalink': 'Link to this view',
  'value.empty': 'No valued commitment in this view.',
  'value.rules': 'How it is counted',
  'value.rule.burden-rules':
    'The rules of the overview apply: aid only (no sales or replenishments), pooled money for its funders once, catalogue values for in-kind items without money, each amount converted at its value date.',
  'value.rule.committed-in-announcement-month':
    'Committed value counts in the month the commitment was announced.',
  'value.rule.delivered-in-delivery-month':
    'Delivered value counts in the month of each delivery, for the part of its line the delivery completes; a commitment declared delivered counts the rest in the month of that declaration.',
  'value.rule.package-delivered-in-its-month':
    'A delivered pooled package counts as delivered in the month it was announced: packages carry no delivery date.',
  'value.note.unconvertible.one':
    '{count} amount could not be converted (no value date, or no ECB rate near it) and is not in the sums.',
  'value.note.unconvertible.other':
    '{count} amounts could not be converted (no value date, or no ECB rate near it) and are not in the sums.',
  'value.note.vague.one': '{count} commitment with a vague amount is counted, not summed.',
  'value.note.vague.other': '{count} commitments with a vague amount are counted, not summed.',
  'value.note.unvalued.one':
    '{count} commitment has neither money nor a catalogue value and is not in the sums.',
  'value.note.unvalued.other':
    '{count} commitments have neither money nor a catalogue value and are not in the sums.',
  'value.note.undated':
    'Records without a date are in no month: {committed} committed, {delivered} delivered.',
};
