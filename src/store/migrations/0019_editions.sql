-- Editions: imported releases of external data sets (Kiel UST releases, NATO and World Bank
-- tables). An edition is immutable: a corrected release is a new edition, never an update.

CREATE TABLE editions (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9.-]{1,63}$'),
  dataset text NOT NULL,
  publisher text NOT NULL,
  title text NOT NULL,
  release text NOT NULL,
  layout text NOT NULL,
  cut_off date,
  published_on date NOT NULL,
  -- How the publication date is known: 'stated' by the source, or how it was inferred.
  published_basis text NOT NULL DEFAULT 'stated',
  attribution text NOT NULL,
  url text,
  -- SHA-256 over the names and SHA-256 of every file: the same files give the same hash.
  content_sha256 text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  UNIQUE (dataset, release)
);
CREATE INDEX editions_by_dataset_published ON editions (dataset, published_on DESC);

CREATE TABLE edition_files (
  edition_id text NOT NULL REFERENCES editions (id),
  name text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  row_count integer NOT NULL CHECK (row_count >= 0),
  PRIMARY KEY (edition_id, name)
);

-- Figures of an edition: per donor (party_code) or for all donors (NULL), per month (period,
-- the first day) or for the whole release (NULL). Money in EUR cents, counts and ratios apart.
CREATE TABLE edition_figures (
  edition_id text NOT NULL REFERENCES editions (id),
  seq integer NOT NULL,
  file text NOT NULL,
  party_code text REFERENCES parties (code),
  donor_name text,
  period date,
  series text NOT NULL,
  amount_minor bigint,
  currency char(3) NOT NULL DEFAULT 'EUR',
  count bigint,
  ratio numeric,
  label text,
  PRIMARY KEY (edition_id, seq),
  CHECK (amount_minor IS NOT NULL OR count IS NOT NULL OR ratio IS NOT NULL)
);
CREATE INDEX edition_figures_by_series ON edition_figures (edition_id, series, party_code);

-- Row-level activities of releases that publish them (Kiel R28).
CREATE TABLE edition_activities (
  edition_id text NOT NULL REFERENCES editions (id),
  seq integer NOT NULL,
  party_code text NOT NULL REFERENCES parties (code),
  donor_name text NOT NULL,
  activity_date date,
  month_index integer,
  aid_type text NOT NULL CHECK (aid_type IN ('military', 'financial', 'humanitarian')),
  measure text NOT NULL CHECK (measure IN ('allocation', 'commitment')),
  amount_minor bigint NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  PRIMARY KEY (edition_id, seq)
);
CREATE INDEX edition_activities_by_party ON edition_activities (edition_id, party_code);
