/** A source page: the source, its stored text when the caller may read it, and the evidence records cite in it. */
import type { EvidenceRow } from '../../store/repositories/source-text.ts';
import { sourceText } from '../../store/repositories/source-text.ts';
import type { AppContext } from '../context.ts';
import { getSource, type SourceView } from './list-sources.ts';

export interface SourceReading {
  source: SourceView;
  /** Null when no text is stored, or when the source's own visibility withholds it from the caller. */
  text: string | null;
  text_withheld: boolean;
  evidence: EvidenceRow[];
}

export async function readSource(ctx: AppContext, id: string): Promise<SourceReading> {
  // Not found, or not visible: the same answer (getSource checks the permission too).
  const source = await getSource(ctx, id);
  const [text, evidence] = await Promise.all([
    sourceText.text(ctx.db, ctx.actor, id),
    sourceText.evidence(ctx.db, ctx.actor, id),
  ]);
  return {
    source,
    text,
    text_withheld: text === null && source.body_sha256 !== null,
    // A span that does not fit the stored text is kept as a link, without a span.
    evidence: evidence.map((e) =>
      e.start !== null && e.end !== null && text !== null && e.end <= text.length && e.start < e.end
        ? e
        : { ...e, start: null, end: null },
    ),
  };
}
