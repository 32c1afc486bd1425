import { useI18n } from '../i18n/i18n.tsx';
import { useParties } from '../lib/parties.tsx';
import { noteText, type ReportNote } from '../lib/report-notes.ts';

/** A report's notes, given by id with their figures, worded in the reader's language. */
export function ReportNotes({ notes, testId }: { notes: ReportNote[]; testId?: string }) {
  const { t, locale } = useI18n();
  const { name } = useParties();
  if (notes.length === 0) return null;
  return (
    <ul className="notes" data-testid={testId}>
      {notes.map((note) => (
        <li key={`${note.id}:${JSON.stringify(note.params)}`}>
          {noteText(note, { locale, t, party: name })}
        </li>
      ))}
    </ul>
  );
}
