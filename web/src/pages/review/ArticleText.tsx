import type { Fact } from '../../api/types.ts';
import { highlight } from './highlight.ts';

/** The article with each fact's evidence marked, numbered like the fact list. */
export function ArticleText({ text, facts }: { text: string; facts: Fact[] }) {
  const pieces = highlight(
    text,
    facts.map((fact, index) => ({
      start: fact.evidence.start,
      end: fact.evidence.end,
      kind: fact.type,
      index,
    })),
  );
  return (
    <div className="article" data-testid="article-text" tabIndex={0}>
      {pieces.map((piece, i) =>
        piece.span ? (
          <mark
            key={i}
            className={`fact-${piece.span.kind}`}
            title={`${piece.span.index + 1}. ${piece.span.kind}`}
          >
            <sup>{piece.span.index + 1}</sup>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </div>
  );
}
