import { describe, expect, it } from 'vitest';
import { checkNewEvent, derivePipeline, type PipelineEvent } from './pipeline.ts';

const lines = [
  { lineNo: 1, quantity: 4n },
  { lineNo: 2, quantity: 100n },
];

let seq = 0;
function event(partial: Partial<PipelineEvent> & Pick<PipelineEvent, 'kind' | 'occurredOn'>): PipelineEvent {
  return {
    seq: ++seq,
    status: null,
    plannedOn: null,
    lineNo: null,
    quantity: null,
    increase: false,
    untilOn: null,
    correctsSeq: null,
    ...partial,
  };
}

const announced = event({ kind: 'status', status: 'announced', occurredOn: '2025-01-10' });
const contracted = event({
  kind: 'status',
  status: 'contracted',
  occurredOn: '2025-02-01',
  plannedOn: '2025-06-30',
});
const firstDelivery = event({ kind: 'delivery', lineNo: 1, quantity: 2n, occurredOn: '2025-03-15' });

describe('derivePipeline', () => {
  it('starts announced and follows status events', () => {
    expect(derivePipeline(lines, []).status).toBe('announced');
    expect(derivePipeline(lines, [announced, contracted]).status).toBe('contracted');
    expect(derivePipeline(lines, [announced, contracted]).plannedOn).toBe('2025-06-30');
  });

  it('counts partial deliveries per line and turns delivered when every line is complete', () => {
    const partial = derivePipeline(lines, [announced, contracted, firstDelivery]);
    expect(partial.status).toBe('delivering');
    expect(partial.lines).toEqual([
      { lineNo: 1, committed: 4n, delivered: 2n },
      { lineNo: 2, committed: 100n, delivered: 0n },
    ]);
    const rest = [
      event({ kind: 'delivery', lineNo: 1, quantity: 2n, occurredOn: '2025-04-01' }),
      event({ kind: 'delivery', lineNo: 2, quantity: 100n, occurredOn: '2025-04-02' }),
    ];
    expect(derivePipeline(lines, [announced, contracted, firstDelivery, ...rest]).status).toBe('delivered');
  });

  it('replays the state on an earlier date', () => {
    const events = [announced, contracted, firstDelivery];
    expect(derivePipeline(lines, events, '2025-01-31').status).toBe('announced');
    expect(derivePipeline(lines, events, '2025-03-14').lines[0]!.delivered).toBe(0n);
    expect(derivePipeline(lines, events, '2025-03-15').lines[0]!.delivered).toBe(2n);
  });

  it('raises the committed quantity when a delivery is marked as an increase', () => {
    const more = event({
      kind: 'delivery',
      lineNo: 1,
      quantity: 6n,
      increase: true,
      occurredOn: '2025-05-01',
    });
    const state = derivePipeline(lines, [announced, more]);
    expect(state.lines[0]).toEqual({ lineNo: 1, committed: 6n, delivered: 6n });
  });

  it('shows a suspension while it is in force and not after it ends', () => {
    const pause = event({ kind: 'suspension', occurredOn: '2025-03-01', untilOn: '2025-03-31' });
    expect(derivePipeline(lines, [announced, pause], '2025-03-10').suspension).toEqual({
      since: '2025-03-01',
      until: '2025-03-31',
    });
    expect(derivePipeline(lines, [announced, pause], '2025-04-10').suspension).toBeNull();
    const open = event({ kind: 'suspension', occurredOn: '2025-03-01' });
    const lifted = event({ kind: 'resumption', occurredOn: '2025-03-20' });
    expect(derivePipeline(lines, [announced, open, lifted]).suspension).toBeNull();
  });

  it('lets a correction void an event or move the status back', () => {
    const wrong = event({ kind: 'delivery', lineNo: 2, quantity: 50n, occurredOn: '2025-03-20' });
    const voided = event({ kind: 'correction', correctsSeq: wrong.seq, occurredOn: '2025-03-22' });
    expect(derivePipeline(lines, [announced, wrong, voided]).lines[1]!.delivered).toBe(0n);
    const back = event({ kind: 'correction', status: 'committed', occurredOn: '2025-03-25' });
    expect(derivePipeline(lines, [announced, contracted, back]).status).toBe('committed');
  });
});

describe('checkNewEvent', () => {
  const next = (partial: Partial<PipelineEvent> & Pick<PipelineEvent, 'kind' | 'occurredOn'>) => {
    const { seq: _seq, ...rest } = event(partial);
    return rest;
  };

  it('refuses a delivery beyond what was committed, unless it is an increase', () => {
    const events = [announced, firstDelivery];
    expect(() =>
      checkNewEvent(
        lines,
        events,
        next({ kind: 'delivery', lineNo: 1, quantity: 3n, occurredOn: '2025-04-01' }),
      ),
    ).toThrow(/would exceed the 4 committed \(2 already delivered\)/);
    expect(() =>
      checkNewEvent(
        lines,
        events,
        next({ kind: 'delivery', lineNo: 1, quantity: 3n, increase: true, occurredOn: '2025-04-01' }),
      ),
    ).not.toThrow();
  });

  it('refuses a step backwards except through a correction', () => {
    expect(() =>
      checkNewEvent(
        lines,
        [announced, contracted],
        next({ kind: 'status', status: 'committed', occurredOn: '2025-03-01' }),
      ),
    ).toThrow(/cannot go back from contracted to committed/);
    expect(() =>
      checkNewEvent(
        lines,
        [announced, contracted],
        next({ kind: 'correction', status: 'committed', occurredOn: '2025-03-01' }),
      ),
    ).not.toThrow();
  });

  it('treats cancelled as final', () => {
    const cancelled = event({ kind: 'status', status: 'cancelled', occurredOn: '2025-02-10' });
    expect(() =>
      checkNewEvent(
        lines,
        [announced, cancelled],
        next({ kind: 'status', status: 'delivered', occurredOn: '2025-03-01' }),
      ),
    ).toThrow(/cancelled, which is final/);
    expect(() =>
      checkNewEvent(
        lines,
        [announced, cancelled],
        next({ kind: 'delivery', lineNo: 1, quantity: 1n, occurredOn: '2025-03-01' }),
      ),
    ).toThrow(/cancelled/);
  });

  it('names unknown lines and events', () => {
    expect(() =>
      checkNewEvent(
        lines,
        [announced],
        next({ kind: 'delivery', lineNo: 3, quantity: 1n, occurredOn: '2025-03-01' }),
      ),
    ).toThrow(/no line 3/);
    expect(() =>
      checkNewEvent(
        lines,
        [announced],
        next({ kind: 'correction', correctsSeq: 99, occurredOn: '2025-03-01' }),
      ),
    ).toThrow(/no event 99/);
  });
});
