-- Long work off the request path (article ingestion, ledger and edition imports, large exports).
-- One row per job, whatever runs it (pg-boss workers on PostgreSQL, the server process on the
-- embedded database): who asked, what, how far it got, and what came of it. A job's effect and
-- its `completed` mark are committed in one transaction, so a retried job never applies twice.

CREATE TABLE jobs (
  id text PRIMARY KEY,
  kind text NOT NULL,
  -- The same key from the same submitter names the same job: submitting it again returns it.
  idempotency_key text NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'completed', 'failed')),
  submitted_by text NOT NULL,
  submitter_role text NOT NULL,
  submitter_party text,
  payload jsonb NOT NULL,
  progress_done integer NOT NULL DEFAULT 0,
  progress_total integer NOT NULL DEFAULT 1,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL CHECK (max_attempts > 0),
  result jsonb,
  -- A large export's file, served by GET /api/v1/jobs/{id}/output.
  output text,
  output_type text,
  error text,
  submitted_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  UNIQUE (submitted_by, idempotency_key)
);

CREATE INDEX jobs_by_state ON jobs (state, submitted_at);
CREATE INDEX jobs_by_submitter ON jobs (submitted_by, submitted_at);
