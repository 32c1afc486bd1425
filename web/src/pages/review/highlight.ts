/** Cuts a text into plain and highlighted pieces from evidence spans (JavaScript string offsets). */
export interface Span {
  start: number;
  end: number;
  kind: string;
  index: number;
}

export interface Piece {
  text: string;
  span: Span | null;
}

/** Overlapping spans: the earlier one wins and the later one is shortened to what remains. */
export function highlight(text: string, spans: readonly Span[]): Piece[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start && s.start < text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), span: null });
    pieces.push({ text: text.slice(start, end), span });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), span: null });
  return pieces;
}
