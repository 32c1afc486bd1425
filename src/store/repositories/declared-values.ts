/** Donors' declared values of in-kind lines (table declared_line_values, migration 0027). */
import type { Queryable } from '../database.ts';

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
    const [row] = await db.query<DeclaredValueRow>(
      `SELECT commitment_id, line_no, amount_minor, currency, value_date::text AS value_date, declared_by,
              source_url, version
         FROM declared_line_values WHERE commitment_id = $1 AND line_no = $2`,
      [commitmentId, lineNo],
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
    const written = await tx.query<{ line_no: number }>(
      `INSERT INTO declared_line_values AS d
              (commitment_id, line_no, amount_minor, currency, value_date, declared_by, source_url, created_at, updated_at)
       SELECT l.commitment_id, l.line_no, $3, $4, $5::date, c.donor, $6, $7, $7
         FROM commitment_lines l JOIN commitments c ON c.id = l.commitment_id
        WHERE l.commitment_id = $1 AND l.line_no = $2 AND ($8::text IS NULL OR c.donor = $8::text)
       ON CONFLICT (commitment_id, line_no) DO UPDATE
          SET amount_minor = excluded.amount_minor, currency = excluded.currency,
              value_date = excluded.value_date, source_url = excluded.source_url,
              version = d.version + 1, updated_at = excluded.updated_at
       RETURNING d.line_no`,
      [
        row.commitment_id,
        row.line_no,
        row.amount_minor,
        row.currency,
        row.value_date,
        row.source_url,
        at,
        onlyDonor,
      ],
    );
    return written.length === 1;
  },
};
