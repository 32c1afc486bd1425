import { useI18n } from '../../i18n/i18n.tsx';
import type { Role } from '../../api/types.ts';

export const assignableRoles: Exclude<Role, 'public'>[] = [
  'admin',
  'coordinator',
  'representative',
  'analyst',
];

/** Role and, for a representative, the party they speak for. */
export function RoleFields({
  idPrefix,
  role,
  party,
  onRole,
  onParty,
}: {
  idPrefix: string;
  role: string;
  party: string;
  onRole: (role: string) => void;
  onParty: (party: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label className="field" htmlFor={`${idPrefix}-role`}>
        <span>{t('admin.role')}</span>
        <select id={`${idPrefix}-role`} value={role} onChange={(e) => onRole(e.target.value)}>
          {assignableRoles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {role === 'representative' && (
        <label className="field" htmlFor={`${idPrefix}-party`}>
          <span>{t('admin.party')}</span>
          <input
            id={`${idPrefix}-party`}
            required
            maxLength={32}
            value={party}
            onChange={(e) => onParty(e.target.value.toUpperCase())}
          />
        </label>
      )}
    </>
  );
}
