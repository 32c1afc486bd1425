-- Coordination of the contact group: the recipient's requirements list (versioned editions and
-- the commitments linked to each requirement), policy events (suspensions, ultimatums, changes of
-- chair), the registry of officials, and what was recorded at a meeting.

-- A list of requirements (PURL-style). Every import of a list is a new, immutable edition, so
-- that an older edition stays readable and two editions can be compared.
CREATE TABLE requirement_lists (
  id text PRIMARY KEY,
  recipient text NOT NULL REFERENCES parties (code),
  title text NOT NULL,
  current_edition integer NOT NULL DEFAULT 1 CHECK (current_edition >= 1),
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE requirement_editions (
  list_id text NOT NULL REFERENCES requirement_lists (id),
  edition integer NOT NULL CHECK (edition >= 1),
  issued_on date,
  note text,
  sources jsonb NOT NULL DEFAULT '[]'::jsonb,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (list_id, edition)
);

-- One row per requirement per edition; `key` is stable across editions so that links and diffs
-- follow a requirement when its priority or quantity changes.
CREATE TABLE requirements (
  list_id text NOT NULL,
  edition integer NOT NULL,
  key text NOT NULL CHECK (key ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
  capability text NOT NULL,
  equipment_id text REFERENCES equipment_types (id),
  category text,
  quantity bigint CHECK (quantity >= 0),
  unit text,
  priority integer NOT NULL CHECK (priority >= 1),
  needed_by date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'covered', 'withdrawn')),
  notes text,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  PRIMARY KEY (list_id, edition, key),
  FOREIGN KEY (list_id, edition) REFERENCES requirement_editions (list_id, edition),
  CHECK (equipment_id IS NOT NULL OR category IS NOT NULL)
);

-- Which commitment (or line of it) answers which requirement; kept across editions.
CREATE TABLE requirement_links (
  list_id text NOT NULL REFERENCES requirement_lists (id),
  key text NOT NULL,
  commitment_id text NOT NULL REFERENCES commitments (id),
  line_no integer,
  quantity bigint CHECK (quantity >= 0),
  note text,
  linked_by text NOT NULL,
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (list_id, key, commitment_id),
  FOREIGN KEY (commitment_id, line_no) REFERENCES commitment_lines (commitment_id, line_no)
);
CREATE INDEX requirement_links_by_commitment ON requirement_links (commitment_id);

-- Dated policy events: a donor suspending aid, an ultimatum with its due date, a new chair.
CREATE TABLE policy_events (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('suspension', 'ultimatum', 'leadership', 'deadline')),
  party text NOT NULL REFERENCES parties (code),
  target_party text REFERENCES parties (code),
  title text NOT NULL,
  announced_on date NOT NULL,
  starts_on date,
  ends_on date,
  due_in_days integer CHECK (due_in_days >= 0),
  due_on date,
  chairs text[] NOT NULL DEFAULT '{}',
  meeting_id text REFERENCES meetings (id),
  notes text,
  confidence text CHECK (confidence IN ('high', 'medium', 'low')),
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX policy_events_by_date ON policy_events (announced_on);

-- The suspension events a suspension policy event wrote on the donor's open commitments.
CREATE TABLE policy_event_effects (
  policy_event_id text NOT NULL REFERENCES policy_events (id),
  commitment_id text NOT NULL REFERENCES commitments (id),
  seq integer NOT NULL,
  PRIMARY KEY (policy_event_id, commitment_id),
  FOREIGN KEY (commitment_id, seq) REFERENCES commitment_events (commitment_id, seq)
);

-- Officials: one row per holding of an office (a person may hold several, one after another).
CREATE TABLE people (
  id text PRIMARY KEY,
  given_name text NOT NULL,
  family_name text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  role text NOT NULL,
  title text NOT NULL,
  party text NOT NULL REFERENCES parties (code),
  from_on date NOT NULL,
  to_on date,
  notes text,
  confidence text CHECK (confidence IN ('high', 'medium', 'low')),
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'coalition', 'restricted')),
  owner_party text REFERENCES parties (code),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX people_by_role ON people (role, party);

-- What a meeting's record adds to the meeting itself: who came (and for whom), and decisions.
CREATE TABLE meeting_records (
  meeting_id text PRIMARY KEY REFERENCES meetings (id),
  attendance jsonb NOT NULL DEFAULT '[]'::jsonb,
  decisions jsonb NOT NULL DEFAULT '[]'::jsonb,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Policy events and people carry their sources like every other record.
ALTER TABLE record_sources DROP CONSTRAINT IF EXISTS record_sources_record_type_check;
ALTER TABLE record_sources ADD CONSTRAINT record_sources_record_type_check CHECK (
  record_type IN ('commitment', 'package', 'meeting', 'claim', 'equipment', 'target', 'policy_event', 'person')
);
