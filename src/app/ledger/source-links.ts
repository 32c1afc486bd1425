import type { SourceLink } from '../../store/repositories/sources.ts';
import type { SourceRef } from './fields.ts';

/** Source references as given (URL strings or objects) to the links the store records. */
export function sourceLinks(refs: readonly SourceRef[] | undefined): SourceLink[] {
  return (refs ?? []).map((ref) => (typeof ref === 'string' ? { url: ref } : ref));
}
