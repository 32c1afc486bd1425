/** Who is acting: a role, and for national representatives the party they speak for. */
export const roles = ['admin', 'coordinator', 'representative', 'analyst', 'public'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  /** User name, token name, or `system` for the local operator of the CLI. */
  id: string;
  role: Role;
  /** The party a national representative is bound to. */
  party: string | null;
}

/** The local operator: whoever runs the CLI on the machine that holds the data. */
export const systemActor: Actor = { id: 'system', role: 'admin', party: null };
export const publicActor: Actor = { id: 'anonymous', role: 'public', party: null };
