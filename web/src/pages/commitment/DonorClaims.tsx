import { useApi } from '../../api/use-api.ts';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ClaimFigure } from '../claims/ClaimFigure.tsx';

/** What sources report as this donor's totals, to set beside the commitment; disagreements show. */
export function DonorClaims({ donor }: { donor: string }) {
  const { t } = useI18n();
  const loaded = useApi('/api/v1/claims', { query: { party: donor, limit: 100 } });
  return (
    <Await loaded={loaded}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty>{t('claims.noneForDonor')}</Empty>
        ) : (
          <ul className="plain-list">
            {page.items.map((claim) => (
              <li key={claim.id}>
                <ClaimFigure claim={claim} />
              </li>
            ))}
          </ul>
        )
      }
    </Await>
  );
}
