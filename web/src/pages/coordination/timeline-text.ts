/** What a timeline entry says in the reader's language: the wording the printed briefing packs share. */
export { timelineText, type TimelineText } from '../../../../src/domain/wording/timeline-text.ts';
export { meetingShortName } from '../../../../src/domain/wording/names.ts';
