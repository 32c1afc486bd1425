-- Parties, exchange rates and per-party indicators: the reference data every report stands on.

CREATE TABLE parties (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
  kind text NOT NULL CHECK (kind IN ('state', 'organisation', 'group', 'company')),
  iso3 text,
  names jsonb NOT NULL,
  aliases jsonb NOT NULL DEFAULT '{}'::jsonb,
  members text[] NOT NULL DEFAULT '{}',
  source text NOT NULL
);

-- ECB reference rates: units of `currency` for one euro, published on `rate_date`.
CREATE TABLE exchange_rates (
  currency char(3) NOT NULL,
  rate_date date NOT NULL,
  rate numeric NOT NULL CHECK (rate > 0),
  PRIMARY KEY (currency, rate_date)
);

-- One value per party, indicator, year and edition: editions are never mixed or overwritten.
CREATE TABLE indicators (
  party_code text NOT NULL REFERENCES parties (code),
  indicator text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value numeric NOT NULL,
  unit text NOT NULL,
  edition text NOT NULL,
  quality text NOT NULL CHECK (quality IN ('primary', 'secondary', 'transcribed')),
  is_estimate boolean NOT NULL DEFAULT false,
  source text NOT NULL,
  PRIMARY KEY (party_code, indicator, year, edition)
);
CREATE INDEX indicators_by_indicator_year ON indicators (indicator, year);

-- What reference files were loaded, so that loading again changes nothing.
CREATE TABLE reference_datasets (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  row_count integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
