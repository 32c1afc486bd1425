/** Message keys of the series, channels and reasons the API names, with the raw name as fallback. */
import type { MessageKey } from '../../i18n/messages.en.ts';
import { en } from '../../i18n/messages.en.ts';

const known = (key: string): key is MessageKey => key in en;

export function labelKey(prefix: 'series' | 'channel' | 'reason' | 'diff.status', name: string) {
  const key = `${prefix}.${name}`;
  return known(key) ? key : null;
}
