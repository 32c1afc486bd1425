/**
 * What someone holding the database owner's role can do to the audit trail behind the
 * application's back: switch its append-only guard off, delete its last events, switch it on again.
 */
import type { Queryable } from '../../src/store/database.ts';

export async function removeLastAuditEvents(db: Queryable, count: number): Promise<void> {
  await db.exec('ALTER TABLE audit_events DISABLE TRIGGER USER');
  await db.query('DELETE FROM audit_events WHERE seq > (SELECT max(seq) FROM audit_events) - $1', [count]);
  await db.exec('ALTER TABLE audit_events ENABLE TRIGGER USER');
}
