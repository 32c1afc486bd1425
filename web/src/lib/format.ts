/** Numbers, money, percentages and dates in the reader's language: shared with the printed briefing packs. */
export * from '../../../src/domain/wording/format.ts';
