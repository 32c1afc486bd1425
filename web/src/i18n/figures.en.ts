/** English text of the figures' definitions: committed, delivered, the pipeline stages and the estimated part. */
export const figuresEn = {
  'definition.committed':
    'Every aid pledge at its own amount or, for equipment given without a price, at the catalogue’s unit value × quantity; each converted at its value date.',
  'definition.delivered':
    'Each commitment’s value × the share of its quantities delivered (its full value once delivered): partial deliveries count.',
  'definition.stages':
    'The committed total by stage, adding up to it: “delivered” is the delivered total above; every other stage is the value not yet delivered of the commitments at that status.',
  'estimated.part': '{percent} estimated from catalogue prices ({amount})',
  'estimated.none': 'nothing estimated: every amount is recorded',
  'stages.sum': 'Stages add up to the committed total, {amount}.',
  'stages.title': 'Committed value by stage',
  'stages.stage': 'Stage',
  'stages.value': 'Value',
  'stages.estimated': 'Estimated from catalogue prices',
  'stages.count': 'Commitments',
} as const;
