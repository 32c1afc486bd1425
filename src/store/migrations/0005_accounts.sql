-- Accounts: users with roles (a national representative is bound to a party), web sessions and
-- API tokens. Secrets are stored only as hashes.

CREATE TABLE users (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  display_name text,
  role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'representative', 'analyst')),
  party text REFERENCES parties (code),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'representative') = (party IS NOT NULL))
);

CREATE TABLE sessions (
  token_sha256 text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  name text NOT NULL,
  token_sha256 text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'representative', 'analyst')),
  party text REFERENCES parties (code),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  CHECK ((role = 'representative') = (party IS NOT NULL))
);
