/** Which editions can be compared and in what order: releases of one data set by publication. */
import type { Edition } from '../../api/types.ts';

export const KIEL = 'kiel-ust';

/** Editions of one data set, earliest published first (ties by release). */
export function releasesOf(editions: readonly Edition[], dataset: string): Edition[] {
  return editions
    .filter((e) => e.dataset === dataset)
    .sort((a, b) => a.published_on.localeCompare(b.published_on) || a.id.localeCompare(b.id));
}

/** The release published just before `edition` in its data set, if any. */
export function previousRelease(editions: readonly Edition[], edition: Edition): Edition | null {
  const list = releasesOf(editions, edition.dataset);
  const at = list.findIndex((e) => e.id === edition.id);
  return at > 0 ? list[at - 1]! : null;
}

export const diffHref = (from: string, to: string) =>
  `/trackers/${encodeURIComponent(from)}/diff/${encodeURIComponent(to)}`;
export const editionHref = (id: string) => `/trackers/${encodeURIComponent(id)}`;
export const reconciliationHref = (id: string) => `/trackers/${encodeURIComponent(id)}/reconciliation`;
