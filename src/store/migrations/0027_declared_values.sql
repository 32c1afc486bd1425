-- A donor's declared value of an in-kind line, one of the valuation bases of the reports
-- (docs/reports.md, "Valuation basis"). Kept per line, with who declared it and where.
CREATE TABLE declared_line_values (
  commitment_id text NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  line_no integer NOT NULL CHECK (line_no >= 1),
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  currency char(3) NOT NULL,
  value_date date,
  declared_by text NOT NULL REFERENCES parties (code),
  source_url text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (commitment_id, line_no)
);
