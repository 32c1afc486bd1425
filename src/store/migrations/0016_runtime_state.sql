-- What the running program checks once instead of at every start, and the version of the data
-- that answers to reports are cached against.

-- One row: the fingerprint of the reference files last checked against this database, so a
-- command skips re-reading and re-hashing them while they are unchanged.
CREATE TABLE reference_state (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  fingerprint text NOT NULL,
  checked_at timestamptz NOT NULL DEFAULT now()
);

-- One row: advanced by every change (every audited write appends an audit event; reference
-- loads change rates and indicators). Cached report answers name the version they were computed
-- at; in PostgreSQL every server process sees the same row.
CREATE TABLE data_version (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);

CREATE FUNCTION advance_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER audit_events_advance_data_version AFTER INSERT ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION advance_data_version();
CREATE TRIGGER exchange_rates_advance_data_version AFTER INSERT OR UPDATE OR DELETE ON exchange_rates
  FOR EACH STATEMENT EXECUTE FUNCTION advance_data_version();
CREATE TRIGGER indicators_advance_data_version AFTER INSERT OR UPDATE OR DELETE ON indicators
  FOR EACH STATEMENT EXECUTE FUNCTION advance_data_version();
CREATE TRIGGER parties_advance_data_version AFTER INSERT OR UPDATE OR DELETE ON parties
  FOR EACH STATEMENT EXECUTE FUNCTION advance_data_version();
