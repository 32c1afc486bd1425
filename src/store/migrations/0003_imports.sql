-- What each imported record looked like when it was last imported, so that importing the same
-- file again changes nothing.
CREATE TABLE import_fingerprints (
  record_type text NOT NULL,
  record_id text NOT NULL,
  sha256 text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (record_type, record_id)
);
