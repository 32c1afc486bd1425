-- The assistance ledger: equipment catalogue, sources, meetings, packages, commitments with
-- their lines and pipeline events, claims and targets, and the audit trail of every change.
-- Money is bigint minor units + currency; dates of events are `date`, instants `timestamptz`.

CREATE TABLE sources (
  id text PRIMARY KEY,
  url text UNIQUE,
  publisher text,
  language text,
  published_on date,
  title text,
  body text,
  body_sha256 text UNIQUE,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (url IS NOT NULL OR body IS NOT NULL)
);

CREATE TABLE equipment_types (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text NOT NULL,
  category text NOT NULL,
  unit text NOT NULL,
  origin text REFERENCES parties (code),
  manufacturer text,
  aliases jsonb NOT NULL DEFAULT '{}'::jsonb,
  indicative_value_minor bigint CHECK (indicative_value_minor >= 0),
  indicative_value_currency char(3),
  indicative_value_year integer,
  indicative_value_source text,
  note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((indicative_value_minor IS NULL) = (indicative_value_currency IS NULL))
);

CREATE TABLE meetings (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('udcg', 'nato_summit', 'nato_ministerial', 'bilateral', 'conference')),
  number integer,
  status text NOT NULL DEFAULT 'held' CHECK (status IN ('planned', 'held', 'cancelled')),
  date date NOT NULL,
  end_date date,
  place text,
  country text REFERENCES parties (code),
  format text CHECK (format IN ('in_person', 'virtual', 'hybrid')),
  chairs text[] NOT NULL DEFAULT '{}',
  parties text[] NOT NULL DEFAULT '{}',
  participants_count integer CHECK (participants_count >= 0),
  participants_qualifier text CHECK (participants_qualifier IN ('exact', 'about', 'at_least', 'at_most', 'vague')),
  substitutions jsonb NOT NULL DEFAULT '[]'::jsonb,
  notes text,
  confidence text CHECK (confidence IN ('high', 'medium', 'low')),
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= date)
);
CREATE INDEX meetings_by_date ON meetings (date);

CREATE TABLE packages (
  id text PRIMARY KEY,
  name text NOT NULL,
  mechanism text NOT NULL DEFAULT 'PURL',
  value_minor bigint CHECK (value_minor >= 0),
  value_currency char(3),
  value_qualifier text CHECK (value_qualifier IN ('exact', 'about', 'at_least', 'at_most', 'vague')),
  value_alt jsonb NOT NULL DEFAULT '[]'::jsonb,
  supplier text,
  contents_summary text,
  announced_on date,
  status text NOT NULL DEFAULT 'announced'
    CHECK (status IN ('announced', 'committed', 'contracted', 'delivering', 'delivered', 'cancelled')),
  confidence text CHECK (confidence IN ('high', 'medium', 'low')),
  note text,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE commitments (
  id text PRIMARY KEY,
  donor text NOT NULL REFERENCES parties (code),
  co_donors text[] NOT NULL DEFAULT '{}',
  recipient text NOT NULL REFERENCES parties (code),
  mode text CHECK (mode IN ('donation', 'funded_purchase', 'pooled', 'industry', 'financial', 'sale')),
  supplier text,
  supplier_party text REFERENCES parties (code),
  package_id text REFERENCES packages (id),
  money_minor bigint CHECK (money_minor >= 0),
  money_currency char(3),
  money_qualifier text CHECK (money_qualifier IN ('exact', 'about', 'at_least', 'at_most', 'vague')),
  money_value_date date,
  money_alt jsonb NOT NULL DEFAULT '[]'::jsonb,
  announced_on date,
  meeting_id text REFERENCES meetings (id),
  -- A replenishment: the donor refilling its own stocks after the donation it names. Never aid.
  replenishes text REFERENCES commitments (id),
  confidence text CHECK (confidence IN ('high', 'medium', 'low')),
  notes text,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text NOT NULL REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((money_currency IS NULL) = (money_qualifier IS NULL)),
  CHECK (money_minor IS NULL OR money_currency IS NOT NULL),
  CHECK (replenishes IS NULL OR replenishes <> id)
);
CREATE INDEX commitments_by_donor ON commitments (donor);
CREATE INDEX commitments_by_announced ON commitments (announced_on);
CREATE INDEX commitments_by_package ON commitments (package_id);
CREATE INDEX commitments_by_meeting ON commitments (meeting_id);

CREATE TABLE commitment_lines (
  commitment_id text NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  line_no integer NOT NULL CHECK (line_no >= 1),
  equipment_id text REFERENCES equipment_types (id),
  category text,
  quantity bigint CHECK (quantity >= 0),
  quantity_qualifier text CHECK (quantity_qualifier IN ('exact', 'about', 'at_least', 'at_most', 'vague')),
  PRIMARY KEY (commitment_id, line_no),
  CHECK (equipment_id IS NOT NULL OR category IS NOT NULL)
);
CREATE INDEX commitment_lines_by_equipment ON commitment_lines (equipment_id);

-- The pipeline: the current state of a commitment is derived from these, never stored.
CREATE TABLE commitment_events (
  commitment_id text NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 1),
  kind text NOT NULL CHECK (kind IN ('status', 'delivery', 'suspension', 'resumption', 'correction')),
  status text CHECK (status IN ('announced', 'committed', 'contracted', 'delivering', 'delivered', 'cancelled')),
  occurred_on date NOT NULL,
  planned_on date,
  line_no integer,
  quantity bigint CHECK (quantity >= 0),
  increase boolean NOT NULL DEFAULT false,
  until_on date,
  corrects_seq integer,
  source_id text REFERENCES sources (id),
  note text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (commitment_id, seq),
  FOREIGN KEY (commitment_id, line_no) REFERENCES commitment_lines (commitment_id, line_no)
);

-- Which sources support which record, with the evidence span in the source's stored text.
CREATE TABLE record_sources (
  record_type text NOT NULL CHECK (record_type IN ('commitment', 'package', 'meeting', 'claim', 'equipment', 'target')),
  record_id text NOT NULL,
  source_id text NOT NULL REFERENCES sources (id),
  position integer NOT NULL,
  evidence_start integer CHECK (evidence_start >= 0),
  evidence_end integer,
  quote text,
  PRIMARY KEY (record_type, record_id, source_id),
  CHECK (evidence_end IS NULL OR evidence_end >= evidence_start)
);
CREATE INDEX record_sources_by_source ON record_sources (source_id);

CREATE TABLE package_funders (
  package_id text NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  position integer NOT NULL,
  party text NOT NULL REFERENCES parties (code),
  amount_minor bigint CHECK (amount_minor >= 0),
  currency char(3),
  qualifier text CHECK (qualifier IN ('exact', 'about', 'at_least', 'at_most', 'vague')),
  commitment_id text REFERENCES commitments (id),
  PRIMARY KEY (package_id, position)
);

-- Figures attributed to someone ("UDCG members: about 126 bn USD"), kept even when they disagree.
CREATE TABLE claims (
  id text PRIMARY KEY,
  subject text NOT NULL,
  party text REFERENCES parties (code),
  measure text,
  amount_minor bigint CHECK (amount_minor >= 0),
  currency char(3),
  qualifier text CHECK (qualifier IN ('exact', 'about', 'at_least', 'at_most', 'vague')),
  amount_alt jsonb NOT NULL DEFAULT '[]'::jsonb,
  as_of date,
  claimed_by text,
  confidence text CHECK (confidence IN ('high', 'medium', 'low')),
  note text,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_by_subject ON claims (subject);

CREATE TABLE targets (
  id text PRIMARY KEY,
  name text NOT NULL,
  metric text NOT NULL,
  value numeric NOT NULL,
  unit text NOT NULL,
  qualifier text,
  deadline_year integer,
  deadline_text text,
  components jsonb NOT NULL DEFAULT '[]'::jsonb,
  agreed_at text,
  agreed_on date,
  country text REFERENCES parties (code),
  details text,
  confidence text CHECK (confidence IN ('high', 'medium', 'low')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every change, in the transaction that makes it. Append-only and hash-chained: each row's
-- hash covers its content and the previous row's hash.
CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text NOT NULL,
  before jsonb,
  after jsonb,
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_events_by_record ON audit_events (record_type, record_id);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
