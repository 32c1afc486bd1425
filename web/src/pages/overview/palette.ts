/** Colours of the modes of giving and pipeline statuses, distinct and readable on white. */
import type { Mode, Status } from '../../api/types.ts';

export const modeColours: Record<Mode | 'unknown', string> = {
  donation: '#1f5fa8',
  funded_purchase: '#d97706',
  pooled: '#0f766e',
  industry: '#7c3aed',
  financial: '#be185d',
  sale: '#6b7280',
  unknown: '#9ca3af',
};

export const statusColours: Record<Status, string> = {
  announced: '#93c5fd',
  committed: '#60a5fa',
  contracted: '#3b82f6',
  delivering: '#1d4ed8',
  delivered: '#15803d',
  cancelled: '#9ca3af',
};
