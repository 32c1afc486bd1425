/**
 * The visibility rule (src/domain/access/visibility.ts) as a Kysely condition on a table alias
 * with `visibility` and `owner_party` columns, so that every typed query applies it itself.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../domain/access/actor.ts';

export function visibleTo(actor: Actor, alias: string): RawBuilder<boolean> {
  const visibility = sql.ref(`${alias}.visibility`);
  const owner = sql.ref(`${alias}.owner_party`);
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return sql<boolean>`TRUE`;
    case 'representative':
      return sql<boolean>`(${visibility} <> 'restricted' OR ${owner} = ${actor.party})`;
    case 'analyst':
      return sql<boolean>`${visibility} <> 'restricted'`;
    case 'public':
      return sql<boolean>`${visibility} = 'public'`;
  }
}
