/** Every equipment line of the commitment form: each editable, added and removed explicitly. */
import type { Equipment } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { emptyLine, type LineDraft } from './commitment-draft.ts';

export function LineFields({
  lines,
  equipment,
  onChange,
}: {
  lines: LineDraft[];
  equipment: Equipment[];
  onChange: (lines: LineDraft[]) => void;
}) {
  const { t } = useI18n();
  const update = (index: number, change: Partial<LineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  return (
    <fieldset className="lines">
      <legend>{t('commitment.lines')}</legend>
      {lines.length === 0 && <p className="muted">{t('commitment.noLines')}</p>}
      {lines.map((line, i) => {
        const n = i + 1;
        const id = `commitment-line-${n}`;
        return (
          <div className="form-grid line" key={i} role="group" aria-label={t('commitment.lineN', { n })}>
            <label className="field" htmlFor={`${id}-equipment`}>
              <span>{t('commitment.lineEquipment', { n })}</span>
              <select
                id={`${id}-equipment`}
                value={line.equipment}
                onChange={(e) => update(i, { equipment: e.target.value })}
              >
                <option value="">—</option>
                {/* A line may name an id the catalogue list has not loaded: it stays selectable. */}
                {line.equipment && !equipment.some((e) => e.id === line.equipment) && (
                  <option value={line.equipment}>{line.equipment}</option>
                )}
                {equipment.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor={`${id}-category`}>
              <span>{t('commitment.lineCategory', { n })}</span>
              <input
                id={`${id}-category`}
                maxLength={64}
                value={line.category}
                onChange={(e) => update(i, { category: e.target.value })}
              />
            </label>
            <label className="field" htmlFor={`${id}-quantity`}>
              <span>{t('commitment.lineQuantity', { n })}</span>
              <input
                id={`${id}-quantity`}
                type="number"
                min={0}
                step={1}
                value={line.quantity}
                onChange={(e) => update(i, { quantity: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="secondary"
              onClick={() => onChange(lines.filter((_, j) => j !== i))}
            >
              {t('commitment.removeLine', { n })}
            </button>
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange([...lines, emptyLine()])}>
        {t('commitment.addLine')}
      </button>
    </fieldset>
  );
}
