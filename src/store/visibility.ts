/**
 * The visibility rule (src/domain/access/visibility.ts) as a condition on a table alias with
 * `visibility` and `owner_party` columns, so that every query applies it itself: a Kysely
 * expression, for typed queries and the report SQL alike.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../domain/access/actor.ts';
import { writeRule } from '../domain/access/permissions.ts';
import { visibilityRule } from '../domain/access/visibility.ts';

export function visibleTo(actor: Actor, alias: string): RawBuilder<boolean> {
  const visibility = sql.ref(`${alias}.visibility`);
  const owner = sql.ref(`${alias}.owner_party`);
  const rule = visibilityRule(actor);
  switch (rule.sees) {
    case 'everything':
      return sql<boolean>`TRUE`;
    case 'all but restricted, and own party':
      return sql<boolean>`(${visibility} <> 'restricted' OR ${owner} = ${rule.party})`;
    case 'all but restricted':
      return sql<boolean>`${visibility} <> 'restricted'`;
    case 'public only':
      return sql<boolean>`${visibility} = 'public'`;
  }
}

/**
 * The write rule (src/domain/access/permissions.ts) as a condition on a table alias, for the
 * statement that changes an owned record: a change the caller may not make matches no row.
 * `speaksFor` names the columns of the parties the record is made in the name of (a donor).
 */
export function writableBy(
  actor: Actor,
  alias: string,
  speaksFor: readonly string[] = [],
): RawBuilder<boolean> {
  const rule = writeRule(actor);
  switch (rule.writes) {
    case 'everything':
      return sql<boolean>`TRUE`;
    case 'nothing':
      return sql<boolean>`FALSE`;
    case 'own party': {
      if (!rule.party) return sql<boolean>`FALSE`;
      const parties = speaksFor.map(
        (column) => sql`coalesce(${sql.ref(`${alias}.${column}`)} = ${rule.party}, TRUE)`,
      );
      return sql<boolean>`(${sql.join([sql`${sql.ref(`${alias}.owner_party`)} = ${rule.party}`, ...parties], sql` AND `)})`;
    }
  }
}

/** The write rule for the records no party owns (equipment types, targets): the coordinators' to keep. */
export function keptByCoordinators(actor: Actor): RawBuilder<boolean> {
  return writeRule(actor).writes === 'everything' ? sql<boolean>`TRUE` : sql<boolean>`FALSE`;
}
