-- The review queue: facts extracted from an ingested source wait here as candidate claims until
-- a person accepts, merges or rejects them.
CREATE TABLE candidates (
  id text PRIMARY KEY,
  source_id text NOT NULL REFERENCES sources (id),
  position integer NOT NULL,
  fact_type text NOT NULL CHECK (fact_type IN ('commitment', 'total', 'meeting', 'target', 'deadline')),
  fact jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'merged', 'rejected')),
  -- Set at ingestion: the commitment this fact seems to repeat, and recorded figures it contradicts.
  proposed_merge text REFERENCES commitments (id),
  conflicts jsonb NOT NULL DEFAULT '[]'::jsonb,
  decision_note text,
  decided_by text,
  decided_at timestamptz,
  result_type text,
  result_id text,
  visibility text NOT NULL DEFAULT 'coalition' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_id, position)
);
CREATE INDEX candidates_by_status ON candidates (status);
