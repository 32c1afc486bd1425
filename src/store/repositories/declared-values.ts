/** Donors' declared values of in-kind lines (table declared_line_values, migration 0027). */
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { rowsOf } from '../kysely.ts';

export interface DeclaredValueRow {
  commitment_id: string;
  line_no: number;
  amount_minor: bigint;
  currency: string;
  value_date: string | null;
  declared_by: string;
  source_url: string | null;
  version: number;
}

export const declaredValues = {
  async get(db: Queryable, commitmentId: string, lineNo: number): Promise<DeclaredValueRow | undefined> {
    const [row] = await rowsOf(
      db,
      sql<DeclaredValueRow>`SELECT commitment_id, line_no, amount_minor, currency, value_date::text AS value_date, declared_by,
              source_url, version
         FROM declared_line_values WHERE commitment_id = ${commitmentId} AND line_no = ${lineNo}`,
    );
    return row;
  },

  /**
   * Sets the declared value of a line, declared by the commitment's donor. `onlyDonor` (a
   * representative's party) restricts the write to that donor's commitments inside the statement:
   * a line of another donor's commitment matches nothing and nothing is written.
   */
  async put(
    tx: Queryable,
    row: Omit<DeclaredValueRow, 'declared_by' | 'version'>,
    onlyDonor: string | null,
    at: Date,
  ): Promise<boolean> {
    const donor = sql`${onlyDonor}::text`;
    const written = await rowsOf(
      tx,
      sql<{ line_no: number }>`INSERT INTO declared_line_values AS d
              (commitment_id, line_no, amount_minor, currency, value_date, declared_by, source_url, created_at, updated_at)
       SELECT l.commitment_id, l.line_no, ${row.amount_minor}::bigint, ${row.currency}::char(3), ${row.value_date}::date, c.donor,
              ${row.source_url}::text, ${at}::timestamptz, ${at}::timestamptz
         FROM commitment_lines l JOIN commitments c ON c.id = l.commitment_id
        WHERE l.commitment_id = ${row.commitment_id} AND l.line_no = ${row.line_no} AND (${donor} IS NULL OR c.donor = ${donor})
       ON CONFLICT (commitment_id, line_no) DO UPDATE
          SET amount_minor = excluded.amount_minor, currency = excluded.currency,
              value_date = excluded.value_date, source_url = excluded.source_url,
              version = d.version + 1, updated_at = excluded.updated_at
       RETURNING d.line_no`,
    );
    return written.length === 1;
  },
};
